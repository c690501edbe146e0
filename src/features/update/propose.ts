/**
 * Proposes, for each figure of a year's report, the metric it most likely continues. Every
 * proposal says why (the words of the metric's name or earlier quotes found near the figure)
 * so that the editor can judge it; nothing is accepted without them.
 */
import type { Dataset, Metric } from '../../dataset/model.ts';
import { wordingDrift, type Drift } from './drift.ts';
import { findFigures, type ChangeMeasure, type FoundFigure, type Span } from './find-figures.ts';
import { clauseAround } from './sentence-bounds.ts';

export interface ProposedChange {
  value: number;
  measure: ChangeMeasure;
  qualifier?: 'atLeast' | 'approx';
  quote: Span;
}

export interface Proposal {
  /** Role 'figure' only. */
  figure: FoundFigure;
  /** The metric it most likely continues, or null: a new metric. */
  metricId: string | null;
  /** 0..1, how sure: that it continues metricId, or, for a new metric, that none fits. */
  confidence: number;
  /** Why: words of the metric's name or earlier quotes found near the figure. */
  matchedWords: string[];
  /** Changes stated after the figure in its sentence, before the next figure. */
  statedChanges: ProposedChange[];
  /** Wording drift between the new quote and the metric's latest earlier quote. */
  drift: Drift[];
}

/** Below this a figure is offered as a new metric rather than as the best weak match. */
export const MATCH_THRESHOLD = 0.3;

const LIST_SEPARATORS = new Set(['、', '和', '及', '与']);
const CJK = /[\u3400-\u9fff]+/g;

/** The pairs of Han characters in a text (a lone character as itself): the unit of wording compared. */
export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of text.match(CJK) ?? []) {
    if (run.length === 1) grams.add(run);
    for (let i = 0; i + 2 <= run.length; i++) grams.add(run.slice(i, i + 2));
  }
  return grams;
}

/** How far from the figure a word was found, as a weight: its own stretch counts most. */
const NEAR = { local: 1, clause: 0.8, sentence: 0.6, before: 0.35 } as const;
/** How much text before the figure's sentence still speaks of it (the heading, the lead sentence). */
const LEAD_CHARS = 120;

interface Context {
  weight: Map<string, number>;
  local: Set<string>;
}

function contextOf(text: string, figures: readonly FoundFigure[], index: number): Context {
  const figure = figures[index] as FoundFigure;
  const clause = clauseAround(text, figure.span.start);
  const previous = figures[index - 1];
  const next = figures[index + 1];
  // Within a list ("188项涉企经营事项、13项证明和85项申请材料") a figure's noun stops at the separator.
  let start = Math.max(previous?.span.end ?? clause.start, clause.start);
  for (let i = figure.span.start - 1; i >= start; i--)
    if (LIST_SEPARATORS.has(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  let end = Math.min(next?.span.start ?? clause.end, clause.end);
  for (let i = figure.span.end; i < end; i++)
    if (LIST_SEPARATORS.has(text[i] ?? '')) {
      end = i;
      break;
    }
  const local = text.slice(start, end);
  const weight = new Map<string, number>();
  const levels: [string, number][] = [
    [
      text.slice(Math.max(0, figure.sentence.start - LEAD_CHARS), figure.sentence.start),
      NEAR.before,
    ],
    [text.slice(figure.sentence.start, figure.sentence.end), NEAR.sentence],
    [text.slice(clause.start, clause.end), NEAR.clause],
    [local, NEAR.local],
  ];
  for (const [part, w] of levels)
    for (const g of bigrams(part)) weight.set(g, Math.max(weight.get(g) ?? 0, w));
  return { weight, local: bigrams(local) };
}

function unitFits(metric: Metric, figure: FoundFigure, text: string): boolean {
  const written = text.slice(figure.span.start, figure.span.end);
  const rank = written.startsWith('第');
  if (metric.kind === 'rank') return rank;
  if (rank) return false;
  if (metric.kind === 'percent') return figure.unit === '%' || figure.unit === '％';
  return metric.unit.zh === figure.unit;
}

/** The runs of the name whose bigrams were all found: "权力清单", "单位". */
function matchedRuns(name: string, found: (gram: string) => boolean): string[] {
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i + 2 <= name.length; i++) {
    const gram = name.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/.test(gram) && found(gram)) run = run ? run + gram[1] : gram;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

interface Candidate {
  figure: number;
  metric: Metric;
  score: number;
  words: string[];
}

function idfOf(metrics: readonly Metric[]): (gram: string) => number {
  const df = new Map<string, number>();
  for (const m of metrics) {
    const grams = bigrams([m.name.zh, ...m.observations.map((o) => o.quote)].join('\n'));
    for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const n = metrics.length + 1;
  return (g) => Math.log(n / (1 + (df.get(g) ?? 0))) + 0.5;
}

/** A metric's words, read once: its name's bigrams and each earlier quote's. */
interface MetricWords {
  metric: Metric;
  name: Set<string>;
  quotes: { quote: string; grams: Set<string> }[];
}

const wordsOf = (metric: Metric): MetricWords => ({
  metric,
  name: bigrams(metric.name.zh),
  quotes: metric.observations.map((o) => ({ quote: o.quote, grams: bigrams(o.quote) })),
});

function score(
  { metric, name, quotes }: MetricWords,
  ctx: Context,
  idf: (g: string) => number,
): { score: number; words: string[] } {
  let total = 0;
  let got = 0;
  for (const g of name) {
    total += idf(g);
    got += idf(g) * (ctx.weight.get(g) ?? 0);
  }
  const nameScore = total > 0 ? got / total : 0;
  let quoteScore = 0;
  let quoteWords: string[] = [];
  let localTotal = 0;
  for (const g of ctx.local) localTotal += idf(g);
  for (const q of quotes) {
    let both = 0;
    for (const g of ctx.local) if (q.grams.has(g)) both += idf(g);
    const s = localTotal > 0 ? both / localTotal : 0;
    if (s > quoteScore) {
      quoteScore = s;
      quoteWords = matchedRuns(q.quote, (g) => ctx.local.has(g));
    }
  }
  const words = matchedRuns(metric.name.zh, (g) => ctx.weight.has(g));
  for (const w of quoteWords) if (!words.some((x) => x.includes(w))) words.push(w);
  return { score: Math.max(nameScore, (nameScore + quoteScore) / 2), words };
}

/** A figure read as a starting point ("由35家扩充到60家") is rarely the year's figure. */
const startingPoint = (text: string, figure: FoundFigure) =>
  /[由从]/.test(text[figure.span.start - 1] ?? '');

/** The longest last item of a list that shares the rate after it ("授权审批100%"). */
const SHORT_ITEM = 6;

/**
 * One figure that several metrics share: "报备率、报备及时率、规范率均达100%", or a rate after a
 * list of acts ("进驻、委托受理、授权审批100%").
 */
function shared(text: string, figure: FoundFigure): boolean {
  if (/[均都]\S{0,2}$/.test(text.slice(Math.max(0, figure.span.start - 3), figure.span.start)))
    return true;
  if (figure.unit !== '%' && figure.unit !== '％') return false;
  const clause = clauseAround(text, figure.span.start);
  const before = text.slice(clause.start, figure.span.start);
  const item = before.length - before.lastIndexOf('、') - 1;
  return before.includes('、') && item <= SHORT_ITEM;
}

/**
 * A change in the metric's own measure, as the shipped file records them: a rate's "提升0.67%"
 * and a score's "提高2.86分" are points, whatever word the source used.
 */
function inMetricTerms(change: NonNullable<FoundFigure['change']>, metric: Metric | undefined) {
  if (metric?.kind === 'percent' && change.measure === 'percent')
    return { ...change, measure: 'points' as const };
  if (metric?.kind === 'score' && change.measure === 'absolute')
    return { ...change, measure: 'points' as const };
  return change;
}

function changesAfter(
  found: readonly FoundFigure[],
  index: number,
  metric?: Metric,
): ProposedChange[] {
  const figure = found[index];
  const changes: ProposedChange[] = [];
  if (!figure) return changes;
  for (let i = index + 1; i < found.length; i++) {
    const next = found[i] as FoundFigure;
    if (next.role === 'figure' || next.sentence.start !== figure.sentence.start) break;
    if (next.change) changes.push({ ...inMetricTerms(next.change, metric), quote: next.quote });
  }
  return changes;
}

export function proposeFigures(dataset: Dataset, text: string, year: number): Proposal[] {
  const found = findFigures(text);
  const figures = found.filter((f) => f.role === 'figure');
  const positions = new Map(found.map((f, i) => [f, i]));
  const open = dataset.metrics
    .filter((m) => !m.observations.some((o) => o.year === year))
    .map(wordsOf);
  const idf = idfOf(dataset.metrics);
  const candidates: Candidate[] = [];
  figures.forEach((figure, i) => {
    const ctx = contextOf(text, figures, i);
    const factor = startingPoint(text, figure) ? 0.5 : 1;
    for (const words of open) {
      if (!unitFits(words.metric, figure, text)) continue;
      const s = score(words, ctx, idf);
      if (s.score * factor > 0)
        candidates.push({
          figure: i,
          metric: words.metric,
          score: s.score * factor,
          words: s.words,
        });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  const taken = new Set<string>();
  const chosen = new Map<number, Candidate[]>();
  const best = new Map<number, number>();
  for (const c of candidates) {
    if (!best.has(c.figure)) best.set(c.figure, c.score);
    if (c.score < MATCH_THRESHOLD || taken.has(c.metric.id)) continue;
    const figure = figures[c.figure];
    const already = chosen.get(c.figure) ?? [];
    if (already.length > 0 && !(figure && shared(text, figure))) continue;
    taken.add(c.metric.id);
    chosen.set(c.figure, [...already, c]);
  }
  return figures.flatMap((figure, i): Proposal[] => {
    const at = positions.get(figure) ?? -1;
    const quote = text.slice(figure.quote.start, figure.quote.end);
    const picks = chosen.get(i);
    if (!picks)
      return [
        {
          figure,
          metricId: null,
          confidence: round(1 - (best.get(i) ?? 0)),
          matchedWords: [],
          statedChanges: changesAfter(found, at),
          drift: [],
        },
      ];
    return picks.map((c) => {
      const earlier =
        c.metric.observations.filter((o) => o.year < year).at(-1) ?? c.metric.observations.at(-1);
      return {
        figure,
        metricId: c.metric.id,
        confidence: round(Math.min(1, c.score)),
        matchedWords: c.words,
        statedChanges: changesAfter(found, at, c.metric),
        drift: earlier ? wordingDrift(earlier.quote, quote) : [],
      };
    });
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
