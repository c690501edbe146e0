/** Characters a sheet's name may not hold (Excel refuses the file otherwise); controls go too. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const isControl = (char: string) => (char.codePointAt(0) ?? 0) < 0x20;
const MAX_LENGTH = 31;

/** At most 31 UTF-16 units, never splitting a character in two. */
function cut(text: string, length: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > length) break;
    out += char;
  }
  return out;
}

/**
 * Names a workbook's sheets as Excel accepts them: no `[]:*?/\`, no apostrophe at either end,
 * at most 31 characters, not "History" (Excel's own), and no two alike in any case ("Hotline",
 * "Hotline (2)").
 */
export function sheetNames(wanted: readonly string[], fallback = 'Sheet'): string[] {
  const taken = new Set<string>(['history']);
  return wanted.map((name) => {
    const base =
      cut(
        [...name]
          .map((c) => (isControl(c) ? ' ' : c))
          .join('')
          .replace(FORBIDDEN, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
        MAX_LENGTH,
      )
        .replace(/^'+|'+$/g, '')
        .trim() || fallback;
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      unique = `${cut(base, MAX_LENGTH - suffix.length).trim()}${suffix}`;
    }
    taken.add(unique.toLowerCase());
    return unique;
  });
}
