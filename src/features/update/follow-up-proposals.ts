import type { Finding } from '../../dataset/model.ts';
import type { Span } from './find-figures.ts';
import { bigrams } from './propose.ts';
import { SENTENCE_END, trim } from './sentence-bounds.ts';

/** The sentences of a text, as spans: split after each sentence end and at line ends, trimmed. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !SENTENCE_END.has(text[i] ?? '')) continue;
    // A line end is not part of the sentence; a stop is.
    const end = i === text.length || /\s/.test(text[i] ?? '') ? i : i + 1;
    const span = trim(text, { start, end });
    if (span.end > span.start) spans.push(span);
    start = i + 1;
  }
  return spans;
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
  candidates: Span[];
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
