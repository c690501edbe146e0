/** How wide a text is drawn, in px: the browser measures with a canvas, specs with a rule of thumb. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/**
 * Fonts that hold Chinese, named in the exported SVG so that any viewer finds one: Noto and
 * Source Han (Linux), PingFang (macOS), Microsoft YaHei and SimHei (Windows).
 */
export const CJK_FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'SimHei', sans-serif";

/** Characters XML 1.0 forbids (controls, lone surrogates): a stray one would make the file unreadable. */
function allowedInXml(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code === 0xfffe || code === 0xffff) return false;
  return code < 0xd800 || code > 0xdfff;
}

/** Text made safe for an XML attribute or element: nothing in it can start markup. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const WIDE = '\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F';
/** One Chinese character, or one Latin word with the spaces after it. */
const TOKENS = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+\\s*|\\s+`, 'g');
/** Punctuation that must not start a line in Chinese typesetting. */
const NO_LINE_START = /^[，。、；：？！）」』》〉”’,.;:?!)\]%]/;

/**
 * Lines of at most `width` px, broken between Chinese characters or between words, never
 * before closing punctuation. A word wider than a line is cut where it must be.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const next = line + token;
    if (!line || measure(next.trimEnd(), fontSize, bold) <= width || NO_LINE_START.test(token)) {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
    // A word longer than a whole line (an address) is cut character by character.
    while (line && measure(line.trimEnd(), fontSize, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), fontSize, bold) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A rule of thumb for text width: a Chinese character is 1 em, anything else about 0.56 em. */
export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let ems = 0;
  for (const char of text) ems += new RegExp(`[${WIDE}]`).test(char) ? 1 : 0.56;
  return ems * fontSize * (bold ? 1.05 : 1);
};
