import { escapeXml } from '../svg-text.ts';

/** Text safe inside an XML element or attribute, characters XML forbids dropped; CJK stays UTF-8. */
export const xmlText = escapeXml;

/**
 * A cell's text. Excel reads `_x0041_` in a cell as an escaped character (ECMA-376 §22.9.2.19),
 * so a literal one has its underscore escaped, and a quote keeps its wording exactly.
 */
export function cellText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}
