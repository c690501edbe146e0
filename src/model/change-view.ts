import type { Metric, Qualifier, StatedChange } from '../dataset/model.ts';
import { sentimentOf, type Change, type Direction, type Sentiment } from './change.ts';

type Compared = Extract<Change, { status: 'compared' }>;

/**
 * One change as data, never as text: what moved, by how much, in which measure, against
 * which year, and whether the words would be ours or the source's. Every sentence, card
 * line, table cell and bar label is composed from this in `model/wording`.
 */
export interface ChangeAmount {
  direction: Direction;
  sentiment: Sentiment;
  /**
   * How the amount is put: `relative` in % (a count, with its absolute change beside it);
   * `points` (percentage points of a rate, points of a score); `places` gained in a rank;
   * `absolute` in the metric's unit; `direction` alone where approximate figures allow no amount.
   */
  measure: 'relative' | 'points' | 'places' | 'absolute' | 'direction';
  /** Signed, in the measure: 25.9 for +25.9%, 3 for three places gained. */
  value: number;
  /** The change in the metric's unit, shown beside a relative one. */
  absolute: number | null;
  /** As the source wrote the amount ("6.8万余"); computed amounts are exact. */
  qualifier: Qualifier;
  /** The base figure was zero, so no growth rate exists. */
  zeroBase: boolean;
  /** The year compared with; null where the source says "the year before" and nothing was published for it. */
  versusYear: number | null;
  /** The year compared with is not the year before: years in between are missing. */
  acrossGap: boolean;
  /** The source's own statement, not our arithmetic. */
  stated: boolean;
  /**
   * A stated change of a rate that the source wrote with "%" ("同比提升3.58%"), not in 个百分点:
   * it is shown as written, never turned into points in either language.
   */
  percentSign: boolean;
}

/** Why a change is not shown, or is shown as a direction only. */
export type NoChangeReason =
  'notPublished' | 'noComparison' | 'definitionChanged' | 'approxDirection' | 'approxUnclear';

export interface ChangeView {
  /** What to show first: the source's stated change where it disagrees with the figures, else ours. */
  primary: ChangeAmount | null;
  /** Our arithmetic, shown beside a stated change that the published figures do not bear out. */
  computed: ChangeAmount | null;
  /** The stated change does not fit the two published figures. */
  disagrees: boolean;
  reason: NoChangeReason | null;
  /** The source's wording of its change, verbatim. */
  statedQuotes: string[];
}

const directionOfValue = (n: number): Direction => (n > 0 ? 'up' : n < 0 ? 'down' : 'flat');

/** Our reading of two published figures, in the metric's own measure; null where even the direction is unclear. */
export function computedAmount(change: Compared): ChangeAmount | null {
  if (change.direction === 'unclear') return null;
  const base = {
    direction: change.direction,
    sentiment: change.sentiment,
    absolute: null,
    qualifier: 'exact' as const,
    zeroBase: false,
    versusYear: change.previous.year,
    acrossGap: change.acrossGap,
    stated: false,
    percentSign: false,
  };
  if (!change.exact && change.direction !== 'flat')
    return { ...base, measure: 'direction', value: 0 };
  switch (change.measure) {
    case 'places':
      return { ...base, measure: 'places', value: -change.delta };
    case 'points':
      return { ...base, measure: 'points', value: change.delta };
    case 'relative':
      return change.relative === null
        ? { ...base, measure: 'absolute', value: change.delta, zeroBase: change.zeroBase }
        : {
            ...base,
            measure: 'relative',
            value: change.relative * 100,
            absolute: change.delta,
          };
  }
}

/** A change as the source states it; a rank's absolute change is in places, as written. */
export function statedAmount(
  stated: StatedChange,
  metric: Metric,
  versusYear: number | null,
): ChangeAmount {
  const direction = directionOfValue(stated.value);
  const places = metric.kind === 'rank' && stated.measure === 'absolute';
  return {
    direction,
    sentiment: sentimentOf(metric, direction),
    measure: places
      ? 'places'
      : stated.measure === 'percent'
        ? 'relative'
        : stated.measure === 'points'
          ? 'points'
          : 'absolute',
    value: places ? -stated.value : stated.value,
    absolute: null,
    qualifier: stated.qualifier,
    zeroBase: false,
    versusYear,
    acrossGap: false,
    stated: true,
    percentSign:
      stated.measure === 'points' && metric.kind === 'percent' && !/百分点/.test(stated.quote),
  };
}

/** A change in the metric's own terms, with the source's stated change first where the figures disagree. */
export function viewChange(change: Change, metric: Metric): ChangeView {
  const none = { primary: null, computed: null, disagrees: false, statedQuotes: [] };
  if (change.status === 'notPublished') return { ...none, reason: 'notPublished' };
  const statedQuotes = change.stated.map((s) => s.stated.quote);
  const first = change.stated[0]?.stated;
  if (change.status === 'noEarlier')
    return first
      ? { ...none, statedQuotes, primary: statedAmount(first, metric, null), reason: null }
      : { ...none, reason: 'noComparison' };
  // Across a change of definition the source's own words may stand; our arithmetic may not.
  if (change.status === 'notComparable')
    return {
      ...none,
      statedQuotes,
      primary: first ? statedAmount(first, metric, null) : null,
      reason: 'definitionChanged',
    };

  const computed = computedAmount(change);
  const disagreeing = change.stated.find((s) => s.agrees === false)?.stated;
  const reason =
    change.direction === 'unclear'
      ? 'approxUnclear'
      : !change.exact && change.direction !== 'flat'
        ? 'approxDirection'
        : null;
  if (disagreeing)
    return {
      primary: statedAmount(disagreeing, metric, null),
      computed,
      disagrees: true,
      reason,
      statedQuotes,
    };
  // Where the source's words fit our arithmetic, ours is the more precise; the words stay listed.
  return {
    primary: computed ?? (first ? statedAmount(first, metric, null) : null),
    computed: null,
    disagrees: false,
    reason,
    statedQuotes,
  };
}

/** Our reading and the source's, for places that show both. */
export function changeParts(view: ChangeView): {
  ours: ChangeAmount | null;
  stated: ChangeAmount | null;
} {
  return {
    ours: view.disagrees ? view.computed : view.primary?.stated ? null : view.primary,
    stated: view.primary?.stated ? view.primary : null,
  };
}
