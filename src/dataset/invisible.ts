import type { Problem } from './problems.ts';

/**
 * Control characters and the bidirectional formatting marks that can reorder what a reader sees
 * ("Trojan Source"): never meaningful in a published figure's text, and able to disguise it.
 * Ranges of code points, first and last; tab, line feed and carriage return are not among them.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

function isInvisible(code: number): boolean {
  return INVISIBLE.some(([first, last]) => code >= first && code <= last);
}

const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** Any one invisible character, as a regular expression built from the ranges above. */
const INVISIBLE_CHARACTER = new RegExp(
  `[${INVISIBLE.map(([first, last]) => `${escaped(first)}-${escaped(last)}`).join('')}]`,
);

function hasInvisible(text: string): boolean {
  return INVISIBLE_CHARACTER.test(text);
}

/**
 * False only when no string in the JSON `json` can hold an invisible character once parsed:
 * none is written out, and no escape (\b, \f, \u…) stands for one. Lets a large clean file
 * skip the walk through every string. It may say true for a clean file (a "\\b" read as an
 * escape), never false for one that is not.
 */
export function mayHoldInvisible(json: string): boolean {
  if (hasInvisible(json)) return true;
  for (const [, hex, letter] of json.matchAll(/\\(?:u([0-9a-fA-F]{4})|([bf]))/g))
    if (isInvisible(hex ? parseInt(hex, 16) : letter === 'b' ? 0x08 : 0x0c)) return true;
  return false;
}

/** The text with each invisible character written out as \u{…}, for messages about it. */
export function visible(text: string): string {
  if (!hasInvisible(text)) return text;
  return Array.from(text, (c) =>
    isInvisible(c.charCodeAt(0))
      ? `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`
      : c,
  ).join('');
}

function withoutInvisible(text: string): string {
  return Array.from(text)
    .filter((c) => !isInvisible(c.charCodeAt(0)))
    .join('');
}

/**
 * Removes invisible characters from every string value of freshly parsed JSON, in place, and
 * says where: the text still shows, and can no longer be made to read differently from what
 * it says. Keys are left alone; a key with such characters is unknown and reported as such.
 */
export function removeInvisible(raw: unknown, formatPath: (p: PropertyKey[]) => string) {
  const notices: Problem[] = [];
  // An explicit stack: a hostile file may nest deeper than the call stack allows.
  const stack: { node: Record<string, unknown>; path: PropertyKey[] }[] = [];
  if (typeof raw === 'object' && raw !== null)
    stack.push({ node: raw as Record<string, unknown>, path: [] });
  while (stack.length > 0) {
    const { node, path } = stack.pop() as (typeof stack)[number];
    const isList = Array.isArray(node);
    for (const key of Object.keys(node)) {
      const value = node[key];
      const at = [...path, isList ? Number(key) : key];
      if (typeof value === 'object' && value !== null)
        stack.push({ node: value as Record<string, unknown>, path: at });
      else if (typeof value === 'string' && hasInvisible(value)) {
        Object.defineProperty(node, key, { value: withoutInvisible(value) });
        notices.push({
          path: formatPath(at),
          code: 'invisibleCharacters',
          params: { text: visible(value).slice(0, 80) },
        });
      }
    }
  }
  return notices;
}
