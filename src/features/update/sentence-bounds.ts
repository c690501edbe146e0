import type { Span } from './find-figures.ts';

/** Where a figure's sentence and clause begin and end, for its context and its quote. */

export const SENTENCE_END = new Set(['。', '；', ';', '！', '？', '!', '?', '\n', '\r']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '：', ':']);
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isClauseEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined || !CLAUSE_END.has(ch)) return false;
  // A comma between digits is a thousands separator, not a clause's end.
  return !(ch === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1]));
}

/**
 * How far a sentence is looked for either side of a figure: text with no stop at all (a
 * pasted table, a hostile string) must not make each figure read the whole of it.
 */
const MAX_REACH = 400;

function boundsAround(text: string, at: number, isEnd: (i: number) => boolean): Span {
  let start = at;
  const first = Math.max(0, at - MAX_REACH);
  while (start > first && !isEnd(start - 1)) start--;
  let end = at;
  const last = Math.min(text.length, at + MAX_REACH);
  while (end < last && !isEnd(end)) end++;
  return trim(text, { start, end });
}

export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export const sentenceAround = (text: string, at: number): Span =>
  boundsAround(text, at, (i) => SENTENCE_END.has(text[i] ?? ''));

export const clauseAround = (text: string, at: number): Span =>
  boundsAround(text, at, (i) => isClauseEnd(text, i));

/** Bounds of the span around each figure, reused while figures stay within the last one found. */
export function boundsCache(text: string, around: (text: string, at: number) => Span) {
  let last: Span = { start: -1, end: -1 };
  return (at: number): Span => {
    if (at < last.start || at >= last.end) last = around(text, at);
    return last;
  };
}
