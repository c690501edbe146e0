/**
 * Finds the figures of a pasted report: numbers with a unit (件, 项, %, 个百分点 …), ranks
 * (第6名, 排名第六) and stated changes (较去年同期下降8%). One linear pass: the only regular
 * expression has no nested quantifiers, the rest reads characters around each number.
 */

import { chineseNumeral, MULTIPLIERS } from './chinese-numeral.ts';
import {
  BEFORE_APPROX,
  BEFORE_AT_LEAST,
  CHANGE_VERBS,
  COMPARISONS,
  NAME_OPENERS,
  NOT_A_FIGURE_AFTER,
  RANK_CONTEXT,
  UNITS,
} from './figure-words.ts';
import { boundsCache, clauseAround, isDigit, sentenceAround, trim } from './sentence-bounds.ts';

export interface Span {
  start: number;
  end: number;
}

export type FigureQualifier = 'exact' | 'atLeast' | 'approx';
export type ChangeMeasure = 'percent' | 'points' | 'absolute';

export interface FoundFigure {
  /** The figure as written, e.g. "18万余件", "96.2%", "第6名", "千余场". */
  span: Span;
  value: number;
  qualifier: FigureQualifier;
  /** The unit word as written: "件", "%", "名", "个百分点" …; '' when none (排名第六). */
  unit: string;
  role: 'figure' | 'change';
  /** Role 'change' only: the change as CONTRACT §1 stores it, its sign from its words. */
  change?: { value: number; measure: ChangeMeasure; qualifier?: 'atLeast' | 'approx' };
  /** The sentence holding it (。；;！？!? and line ends delimit). */
  sentence: Span;
  /** The shortest natural clause holding the figure and its noun: an exact slice of the text. */
  quote: Span;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+/g;

const startsWithAt = (text: string, at: number, words: readonly string[]) =>
  words.find((w) => text.startsWith(w, at));
const endsWithAt = (text: string, at: number, words: readonly string[]) =>
  words.find((w) => at - w.length >= 0 && text.startsWith(w, at - w.length));

interface Reading {
  start: number;
  end: number;
  value: number;
  qualifier: FigureQualifier;
  unit: string;
  rank: boolean;
}

/** Reads the number found at [start, end) with what follows it; null when it is no figure. */
function readAt(text: string, start: number, digits: string): Reading | null {
  const arabic = isDigit(digits[0]);
  let end = start + digits.length;
  const before = text[start - 1];
  if (before !== undefined && NAME_OPENERS.has(before)) return null;
  // "(二期)" names a phase; "(99.34分)" gives a figure in brackets.
  if (!arabic && (before === '(' || before === '（')) return null;
  if (arabic && (/[A-Za-z]/.test(before ?? '') || /[A-Za-z]/.test(text[end] ?? ''))) return null;
  const ordinal = before === '第';
  let value = arabic ? Number(digits.replace(/,/g, '')) : chineseNumeral(digits);
  if (!Number.isFinite(value)) return null;
  if (ordinal) {
    if (text[end] === '名')
      return { start: start - 1, end: end + 1, value, qualifier: 'exact', unit: '名', rank: true };
    if (endsWithAt(text, start - 1, RANK_CONTEXT) && !isCjkWordAfter(text, end))
      return { start: start - 1, end, value, qualifier: 'exact', unit: '', rank: true };
    return null;
  }
  if (arabic && startsWithAt(text, end, NOT_A_FIGURE_AFTER) !== undefined) return null;
  let qualifier: FigureQualifier = 'exact';
  const mark = () => {
    const ch = text[end];
    if (ch === '余' || ch === '多') {
      qualifier = 'atLeast';
      end++;
    }
  };
  mark();
  const multiplier = text[end];
  if (arabic && multiplier !== undefined && multiplier in MULTIPLIERS) {
    value *= MULTIPLIERS[multiplier] ?? 1;
    end++;
    mark();
  }
  const unit = startsWithAt(text, end, UNITS);
  if (unit === undefined) return null;
  // Chinese numerals stand in names and set phrases (一件事, 一次办, 三项制度): a bare 一 is no figure.
  if (!arabic && digits === '一' && qualifier === 'exact') return null;
  end += unit.length;
  // 3个月, 5分钟: durations, not counts.
  if ((unit === '个' && text[end] === '月') || (unit === '分' && text[end] === '钟')) return null;
  const after = startsWithAt(text, end, ['以上', '左右', '有余']);
  if (after === '左右') qualifier = 'approx';
  else if (after) qualifier = 'atLeast';
  if (after) end += after.length;
  let begin = start;
  const approx = endsWithAt(text, start, BEFORE_APPROX);
  const over = endsWithAt(text, start, BEFORE_AT_LEAST);
  if (approx && qualifier === 'exact') qualifier = 'approx';
  if (over && qualifier === 'exact') qualifier = 'atLeast';
  if (approx ?? over) begin = start - (approx ?? over ?? '').length;
  return { start: begin, end, value, qualifier, unit, rank: false };
}

function isCjkWordAfter(text: string, end: number): boolean {
  // 第一责任人, 第二批: an ordinal of a thing, not a place in a ranking.
  const ch = text[end];
  return ch !== undefined && /[\u4e00-\u9fff]/.test(ch) && !['，', '。', '、', '的'].includes(ch);
}

function asChange(
  text: string,
  r: Reading,
  clause: Span,
): { quoteStart: number; sign: 1 | -1 } | null {
  // "提升至96%" and "增长到" state a level, not a change: only the verb itself (or 了) may precede.
  const at = text[r.start - 1] === '了' ? r.start - 1 : r.start;
  const up = endsWithAt(text, at, CHANGE_VERBS.up);
  const down = endsWithAt(text, at, CHANGE_VERBS.down);
  const verb = up ?? down;
  if (verb === undefined) return null;
  const verbStart = at - verb.length;
  let quoteStart = verbStart;
  const windowStart = Math.max(clause.start, verbStart - 8);
  for (let i = verbStart - 1; i >= windowStart; i--) {
    const c = COMPARISONS.find((w) => text.startsWith(w, i));
    if (c !== undefined) {
      quoteStart = i;
      break;
    }
  }
  const compared = quoteStart !== verbStart;
  const relative = r.unit === '%' || r.unit === '％' || r.unit.endsWith('百分点');
  if (!compared && !relative) return null;
  if (!compared && (verb === '新增' || verb === '增' || verb === '减')) return null;
  return { quoteStart, sign: down ? -1 : 1 };
}

/** The clause, stretched back over earlier clauses of its sentence while it holds too few words to name what is counted. */
function quoteFor(text: string, r: Reading, sentence: Span, clause: Span): Span {
  let start = clause.start;
  // Counts the Chinese characters before the figure, stopping at three: enough to name a thing.
  const nounBefore = (from: number) => {
    let n = 0;
    for (let i = r.start - 1; i >= from && n < 3; i--)
      if (/[\u4e00-\u9fff]/.test(text[i] ?? '')) n++;
    return n;
  };
  while (start > sentence.start && nounBefore(start) < 3) {
    const previous = clauseAround(text, start - 2);
    if (previous.start >= start) break;
    start = previous.start;
  }
  return trim(text, { start: Math.max(start, sentence.start), end: clause.end });
}

export function findFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  const sentenceOf = boundsCache(text, sentenceAround);
  const clauseOf = boundsCache(text, clauseAround);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const digits = m[0];
    // A run of Chinese numerals may end in a multiplier that belongs to the next word; read as found.
    const reading = readAt(text, m.index, digits);
    if (reading === null) continue;
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, reading.end);
    const sentence = sentenceOf(reading.start);
    const clause = clauseOf(reading.start);
    const change = reading.rank ? null : asChange(text, reading, clause);
    const span = { start: reading.start, end: reading.end };
    if (change) {
      const measure: ChangeMeasure = reading.unit.endsWith('百分点')
        ? 'points'
        : reading.unit === '%' || reading.unit === '％'
          ? 'percent'
          : 'absolute';
      const q = reading.qualifier === 'exact' ? undefined : reading.qualifier;
      found.push({
        span,
        value: change.sign * reading.value,
        qualifier: reading.qualifier,
        unit: reading.unit,
        role: 'change',
        change: { value: change.sign * reading.value, measure, ...(q ? { qualifier: q } : {}) },
        sentence,
        quote: { start: change.quoteStart, end: reading.end },
      });
      continue;
    }
    found.push({
      span,
      value: reading.value,
      qualifier: reading.qualifier,
      unit: reading.unit,
      role: 'figure',
      sentence,
      quote: quoteFor(text, reading, sentence, clause),
    });
    const level = unchanged(text, reading, sentence);
    if (level) found.push(level);
  }
  return found;
}

const UNCHANGED = /^[,，、]?(?:与|和|同)(?:去年|上年|上一年)(?:同期)?(?:基本)?持平/;

/** "解决率94.12%,与去年持平": a stated change of nothing, in points for a rate or a score. */
function unchanged(text: string, r: Reading, sentence: Span): FoundFigure | null {
  const match = UNCHANGED.exec(text.slice(r.end, Math.min(r.end + 12, sentence.end)));
  if (!match) return null;
  const start = r.end + (/^[,，、]/.test(match[0]) ? 1 : 0);
  const span = { start, end: r.end + match[0].length };
  const measure: ChangeMeasure =
    r.unit === '%' || r.unit === '％' || r.unit === '分' ? 'points' : 'percent';
  return {
    span,
    value: 0,
    qualifier: 'exact',
    unit: '',
    role: 'change',
    change: { value: 0, measure },
    sentence,
    quote: span,
  };
}
