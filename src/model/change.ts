import type { Metric, Observation } from '../dataset/model.ts';
import { observationIn, previousPublished } from './series.ts';

export type Sentiment = 'good' | 'bad' | 'neutral';
export type Direction = 'up' | 'down' | 'flat';

/** How a change is measured, by the metric's kind. */
export type ChangeMeasure = 'relative' | 'points' | 'places';

export type Change =
  | { status: 'notPublished' }
  | { status: 'noEarlier'; current: Observation }
  | {
      status: 'compared';
      current: Observation;
      previous: Observation;
      /** current − previous, in the metric's unit (percentage points for a percent). */
      delta: number;
      /** Relative change of a count, e.g. 0.25 for +25%; null from a zero base or for other kinds. */
      relative: number | null;
      measure: ChangeMeasure;
      direction: Direction;
      sentiment: Sentiment;
      /** Either side is an "at least" or "about" figure, so the change is not exact. */
      approximate: boolean;
      /** The previous published year is not the year before: years in between are missing. */
      acrossGap: boolean;
      zeroBase: boolean;
    };

const measureOf = {
  count: 'relative',
  percent: 'points',
  score: 'points',
  rank: 'places',
} as const;

/** Which way is good news. A rank improves by falling unless the metric says higher is better. */
function sentimentOf(metric: Metric, direction: Direction): Sentiment {
  if (direction === 'flat') return 'neutral';
  const better = metric.kind === 'rank' && metric.better === 'neutral' ? 'lower' : metric.better;
  if (better === 'neutral') return 'neutral';
  return (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
}

/** Rounds away floating-point noise: 98.01 − 94.12 is 3.89, not 3.8900000000000006. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** The change of a metric in `year` against its previous published year, per its kind. */
export function changeIn(metric: Metric, year: number): Change {
  const current = observationIn(metric, year);
  if (!current) return { status: 'notPublished' };
  const previous = previousPublished(metric, year);
  if (!previous) return { status: 'noEarlier', current };
  const delta = tidy(current.value - previous.value);
  const zeroBase = previous.value === 0;
  const direction: Direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  return {
    status: 'compared',
    current,
    previous,
    delta,
    relative: metric.kind === 'count' && !zeroBase ? tidy(delta / previous.value) : null,
    measure: measureOf[metric.kind],
    direction,
    sentiment: sentimentOf(metric, direction),
    approximate: current.qualifier !== 'exact' || previous.qualifier !== 'exact',
    acrossGap: previous.year !== year - 1,
    zeroBase,
  };
}
