import type { Finding } from '../../dataset/model.ts';

/** A stretch of the pasted text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The sentences of a text, as spans: split after 。！？； and at line ends, trimmed. */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = text[i];
    const ends =
      i === text.length || c === '\n' || c === '。' || c === '！' || c === '？' || c === '；';
    if (!ends) continue;
    const end = c === '\n' || i === text.length ? i : i + 1;
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? '')) from += 1;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
    if (to > from) spans.push({ start: from, end: to });
    start = i + 1;
  }
  return spans;
}

/** Pairs of Han characters: the unit of meaning two Chinese sentences share when they speak of one thing. */
function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, ' ');
  const pairs = new Set<string>();
  for (const word of han.split(' '))
    for (let i = 0; i + 1 < word.length; i += 1) pairs.add(word.slice(i, i + 2));
  return pairs;
}

/** Words too common in these reports to say that two sentences speak of one thing. */
const COMMON = new Set(
  ['进一步', '推进', '加强', '工作', '持续', '全面', '深入', '不断', '提升', '完善'].flatMap(
    (w) => [...bigrams(w)],
  ),
);

/** A finding of the previous report and the sentences of the new one that may speak of it. */
export interface FollowUpProposal {
  finding: Finding;
  /** Its place in the dataset's findings, which is its place in the file. */
  index: number;
  /** The best matches first; at most three. */
  candidates: TextSpan[];
}

/**
 * Whether the report of `year` speaks to a finding: a shortcoming of the year before, or a plan
 * for this year (plans are dated by the year they are for, so the 2023 report's plans are 2024's).
 */
export function followedUpIn(finding: Finding, year: number): boolean {
  return finding.type === 'plan' ? finding.year === year : finding.year === year - 1;
}

/**
 * For each finding the report of `year` follows up, the sentences of the new report that share
 * the most of its wording (pairs of characters, common report words left out): a proposal
 * the editor confirms or dismisses, never a follow-up by itself.
 */
export function proposeFollowUps(
  findings: readonly Finding[],
  text: string,
  year: number,
): FollowUpProposal[] {
  const sentences = sentenceSpans(text).map((span) => ({
    span,
    words: bigrams(text.slice(span.start, span.end)),
  }));
  return findings.flatMap((finding, index) => {
    if (!followedUpIn(finding, year)) return [];
    const wanted = [...bigrams(`${finding.text.zh}${finding.quote ?? ''}`)].filter(
      (w) => !COMMON.has(w),
    );
    if (wanted.length === 0) return [{ finding, index, candidates: [] }];
    const candidates = sentences
      .map(({ span, words }) => ({
        span,
        shared: wanted.filter((w) => words.has(w)).length,
      }))
      .filter((c) => c.shared >= Math.max(2, Math.ceil(wanted.length * 0.25)))
      .sort((a, b) => b.shared - a.shared || a.span.start - b.span.start)
      .slice(0, 3)
      .map((c) => c.span);
    return [{ finding, index, candidates }];
  });
}
