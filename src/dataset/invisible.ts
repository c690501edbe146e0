import type { Problem } from './problems.ts';

/**
 * Control characters and the bidirectional formatting marks that can reorder what a reader sees
 * ("Trojan Source"): never meaningful in a published figure's text, and able to disguise it.
 */
function isInvisible(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * False only when no string in the JSON `text` can hold an invisible character once parsed:
 * none is written out, and no escape (\b, \f, \u…) could stand for one. Lets a large clean
 * file skip the walk through every string. It may say true for a clean file, never false
 * for one that is not.
 */
export function mayHoldInvisible(json: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\\[bf]|\\u(?:00[0189][0-9a-f]|007f|061c|200[ef]|202[a-e]|206[6-9])/i.test(
    json,
  );
}

function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isInvisible(text.charCodeAt(i))) return true;
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
          message: {
            zh: `文字中有看不见的控制字符或文字方向符（${visible(value).slice(0, 80)}），它们会打乱文字的显示顺序；已去掉后显示，请在文件中删除`,
            en: `the text holds invisible control or text-direction characters (${visible(value).slice(0, 80)}) that can reorder how it reads; they were removed for display, so delete them from the file`,
          },
        });
      }
    }
  }
  return notices;
}
