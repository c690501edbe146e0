import type { Metric, Observation, StatedChange } from '../dataset/model.ts';
import { intervalOf, overlaps, type Interval } from './interval.ts';
import { observationIn, previousPublished } from './series.ts';
import { tidy } from './round.ts';

export type Sentiment = 'good' | 'bad' | 'neutral';
/** `unclear` when approximate figures overlap so much that even the direction is unknown. */
export type Direction = 'up' | 'down' | 'flat' | 'unclear';

/** How a change is measured, by the metric's kind. */
export type ChangeMeasure = 'relative' | 'points' | 'places';

/** A change the source states, and whether the two published figures bear it out (null: nothing to check against). */
export interface StatedCheck {
  stated: StatedChange;
  agrees: boolean | null;
}

export type Change =
  | { status: 'notPublished' }
  | { status: 'noEarlier'; current: Observation; stated: StatedCheck[] }
  /** The definition or scope changed since `previous`: no change is computed across the break. */
  | { status: 'notComparable'; current: Observation; previous: Observation; stated: StatedCheck[] }
  | {
      status: 'compared';
      current: Observation;
      previous: Observation;
      measure: ChangeMeasure;
      /** Both figures exact: `delta` and `relative` are the change itself. */
      exact: boolean;
      /** current − previous as published, in the metric's unit (percentage points for a percent). */
      delta: number;
      /** Every difference the two figures allow. */
      deltaRange: Interval;
      /** Relative change of an exact count, e.g. 0.25 for +25%; null otherwise or from a zero base. */
      relative: number | null;
      /** Every relative change the figures allow, for a count with a base above zero. */
      relativeRange: Interval | null;
      direction: Direction;
      sentiment: Sentiment;
      /** The previous published year is not the year before: years in between are missing. */
      acrossGap: boolean;
      zeroBase: boolean;
      stated: StatedCheck[];
    };

const measureOf = {
  count: 'relative',
  percent: 'points',
  score: 'points',
  rank: 'places',
} as const;

/** Which way is good news. A rank improves by falling unless the metric says higher is better. */
export function sentimentOf(metric: Metric, direction: Direction): Sentiment {
  if (direction === 'flat' || direction === 'unclear') return 'neutral';
  const better = metric.kind === 'rank' && metric.better === 'neutral' ? 'lower' : metric.better;
  if (better === 'neutral') return 'neutral';
  return (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
}

function directionOf(range: Interval, exact: boolean): Direction {
  if (range.low > 0) return 'up';
  if (range.high < 0) return 'down';
  return exact && range.low === 0 && range.high === 0 ? 'flat' : 'unclear';
}

/** Does a stated change fit the two published figures, in the stated change's own measure? */
function checkStated(
  stated: StatedChange,
  delta: Interval,
  relative: Interval | null,
): boolean | null {
  const claim = intervalOf(stated.value, stated.qualifier, stated.qualifier === 'exact');
  if (stated.measure === 'percent')
    return relative
      ? overlaps(claim, { low: relative.low * 100, high: relative.high * 100 })
      : null;
  return overlaps(claim, delta);
}

/** The change of a metric in `year` against its previous published year, per its kind. */
export function changeIn(metric: Metric, year: number): Change {
  const current = observationIn(metric, year);
  if (!current) return { status: 'notPublished' };
  const previous = previousPublished(metric, year);
  if (!previous)
    return {
      status: 'noEarlier',
      current,
      stated: current.statedChanges.map((stated) => ({ stated, agrees: null })),
    };

  if (!current.comparableWithPrevious)
    return {
      status: 'notComparable',
      current,
      previous,
      stated: current.statedChanges.map((stated) => ({ stated, agrees: null })),
    };
  const now = intervalOf(current.value, current.qualifier);
  const before = intervalOf(previous.value, previous.qualifier);
  const exact = current.qualifier === 'exact' && previous.qualifier === 'exact';
  const deltaRange = { low: tidy(now.low - before.high), high: tidy(now.high - before.low) };
  const zeroBase = previous.value === 0;
  const relativeRange =
    metric.kind === 'count' && before.low > 0
      ? { low: tidy(deltaRange.low / before.high), high: tidy(deltaRange.high / before.low) }
      : null;
  const delta = tidy(current.value - previous.value);
  const direction = directionOf(deltaRange, exact);
  const acrossGap = previous.year !== year - 1;
  return {
    status: 'compared',
    current,
    previous,
    measure: measureOf[metric.kind],
    exact,
    delta,
    deltaRange,
    relative: metric.kind === 'count' && exact && !zeroBase ? tidy(delta / previous.value) : null,
    relativeRange,
    direction,
    sentiment: sentimentOf(metric, direction),
    acrossGap,
    zeroBase,
    // A source's "较去年" speaks of the year before; across a gap there is nothing to check it against.
    stated: current.statedChanges.map((stated) => ({
      stated,
      agrees: acrossGap ? null : checkStated(stated, deltaRange, relativeRange),
    })),
  };
}
