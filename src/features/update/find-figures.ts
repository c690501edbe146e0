/**
 * Finds the figures of a pasted report: numbers with a unit (件, 项, %, 个百分点 …), ranks
 * (第6名, 排名第六) and stated changes (较去年同期下降8%). One linear pass: the only regular
 * expression has no nested quantifiers, the rest reads characters around each number.
 */

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

/** Measure words a count is written with, longest first so that 人次 wins over 人. */
const UNITS = [
  '个百分点',
  '百分点',
  '人次',
  '户次',
  '件次',
  '%',
  '％',
  '件',
  '项',
  '家',
  '场',
  '次',
  '名',
  '个',
  '条',
  '册',
  '人',
  '期',
  '支',
  '分',
  '篇',
  '份',
  '户',
  '元',
  '所',
  '处',
  '批',
  '部',
  '起',
  '宗',
  '例',
  '位',
  '座',
  '种',
  '类',
  '门',
  '套',
  '台',
  '辆',
  '吨',
  '平方米',
  '公里',
  '米',
];

const SENTENCE_END = new Set(['。', '；', ';', '！', '？', '!', '?', '\n', '\r']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '：', ':']);
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 十二 → 12, 一百二十 → 120, 千 → 1000, 三万五千 → 35000; NaN for what is not a numeral. */
export function chineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return NaN; // 二三: not a numeral
      digit = CHINESE_DIGITS[ch] ?? 0;
    } else if (ch in CHINESE_UNITS) {
      section += (digit ?? 1) * (CHINESE_UNITS[ch] ?? 1);
      digit = null;
    } else if (ch in MULTIPLIERS) {
      total = (total + section + (digit ?? 0)) * (MULTIPLIERS[ch] ?? 1);
      if (total === 0) total = MULTIPLIERS[ch] ?? 1;
      section = 0;
      digit = null;
    } else return NaN;
  }
  return total + section + (digit ?? 0);
}

function isDigit(ch: string | undefined): boolean {
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

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export const sentenceAround = (text: string, at: number): Span =>
  boundsAround(text, at, (i) => SENTENCE_END.has(text[i] ?? ''));

export const clauseAround = (text: string, at: number): Span =>
  boundsAround(text, at, (i) => isClauseEnd(text, i));

const startsWithAt = (text: string, at: number, words: readonly string[]) =>
  words.find((w) => text.startsWith(w, at));
const endsWithAt = (text: string, at: number, words: readonly string[]) =>
  words.find((w) => at - w.length >= 0 && text.startsWith(w, at - w.length));

const NAME_OPENERS = new Set([
  '“',
  '"',
  '《',
  '「',
  '『',
  '〔',
  '[',
  '【',
  '+',
  '＋',
  '.',
  '-',
  '—',
]);
const NOT_A_FIGURE_AFTER = [
  '年',
  '月',
  '日',
  '号',
  '时',
  '版',
  '届',
  '级',
  '+',
  '＋',
  '〕',
  ']',
  '】',
];
const RANK_CONTEXT = [
  '排名',
  '位列',
  '位居',
  '名列',
  '排在',
  '排',
  '居',
  '列',
  '获得',
  '获',
  '取得',
  // "均为全市第1": a place among the districts.
  '全市',
  '全区',
  '全国',
  '各区',
  '城六区',
];
const CHANGE_VERBS = {
  up: ['提升', '提高', '增长', '增加', '上升', '新增', '增'],
  down: ['下降', '减少', '降低', '下滑', '减'],
};
const COMPARISONS = [
  '较去年同期',
  '较上年同期',
  '较去年',
  '较上年',
  '同比',
  '环比',
  '比去年',
  '比上年',
  '比上一年',
  '较',
];
const BEFORE_APPROX = ['约', '近', '大约'];
const BEFORE_AT_LEAST = ['超过', '逾', '超'];

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

/** Bounds of the span around each figure, reused while figures stay within the last one found. */
function boundsCache(text: string, around: (text: string, at: number) => Span) {
  let last: Span = { start: -1, end: -1 };
  return (at: number): Span => {
    if (at < last.start || at >= last.end) last = around(text, at);
    return last;
  };
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
