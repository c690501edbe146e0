import { createContext } from 'react';

/**
 * The printed page, in one place: A4 portrait (a report's page, and the charts' two columns fit
 * it at a legible size), its margins, and the widths a chart's plot is drawn at on it. The print
 * stylesheets (chart.css, chart-grid.css) keep the card padding and gap these widths assume.
 */
const PX_PER_MM = 96 / 25.4;

export const PRINT_MARGIN_MM = { top: 14, right: 14, bottom: 16, left: 14 };

/** The width of the page's content, in CSS px (182 mm). */
const CONTENT = Math.floor((210 - PRINT_MARGIN_MM.left - PRINT_MARGIN_MM.right) * PX_PER_MM);

/** A card's padding and border on each side, and the gap between two cards, in px. */
export const PRINT_CARD_INSET = 9;
export const PRINT_GAP = 12;

/** A plot's width: alone across the page, or one of two side by side. */
export const PRINT_PLOT_WIDTH = {
  full: CONTENT - 2 * PRINT_CARD_INSET,
  half: Math.floor((CONTENT - PRINT_GAP) / 2) - 2 * PRINT_CARD_INSET,
} as const;

export type PrintColumn = keyof typeof PRINT_PLOT_WIDTH;

/** Where a page's charts print: alone across the page, unless a grid prints them two to a row. */
export const PrintColumnContext = createContext<PrintColumn>('full');

/** A string as a CSS string literal, for `content:`. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The page rule: size, margins and the running footer (who, which year, when compiled, and the
 * page number). `pageOf` holds `{page}` and `{pages}` where the counters go: "第 {page} 页，共 {pages} 页".
 */
export function pageRule(footer: string, pageOf: string): string {
  const m = PRINT_MARGIN_MM;
  const number = pageOf
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
  const box = `font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif; font-size: 8pt; color: #4f5a66; vertical-align: top; padding-top: 4mm;`;
  return `@page {
  size: A4 portrait;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-left { content: ${cssString(footer)}; ${box} }
  @bottom-right { content: ${number}; ${box} }
}`;
}
