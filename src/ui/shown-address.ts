/**
 * Control characters (Cc: C0, DEL, C1) and the invisible format characters (Cf) that reorder or
 * hide text: bidi embeddings, overrides and isolates, marks, zero-width characters, the BOM.
 */
const format = /\p{Cf}/gu;
const control = /\p{Cc}/gu;

/**
 * Text with no invisible formatting character, and a space for each control character (a line
 * break or a tab among them): what it shows is what it says.
 */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(format, '').replace(control, ' ');
}

/**
 * An address from a link (`?data=`) or a file name as a page may show it: without control or
 * bidi characters (so it cannot pose as other text or reorder what follows), white space run
 * together, and cut to `max` characters with "…" (a 7,000-character address is no message).
 */
export function shownAddress(text: string, max = 120): string {
  const plain = withoutHiddenCharacters(text).replace(/\s+/g, ' ').trim();
  const characters = [...plain];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : plain;
}
