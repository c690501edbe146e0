import type { Metric } from '../dataset/model.ts';
import { observationIn, sameDefinition } from './series.ts';
import { roundTo } from './round.ts';

/**
 * Why a chosen metric has no line on the index chart: nothing published in the years shown,
 * a single figure, no figure (or zero, which cannot be a base) in the base year, or no second
 * figure measured under the base year's definition.
 */
export type UndrawnReason = 'noFigures' | 'oneFigure' | 'notInBase' | 'zeroInBase' | 'redefined';

export interface UndrawnMetric {
  metric: Metric;
  reason: UndrawnReason;
}

export interface IndexLineValues {
  metric: Metric;
  values: (number | null)[];
  approximate: boolean;
}

export type IndexSeries =
  | {
      status: 'shown';
      /** The year shown that lets the most metrics be drawn, the earliest of equals: 100 for each. */
      base: number;
      /** Only the metrics drawn as a line: two figures or more under one definition. */
      lines: IndexLineValues[];
      /** Metrics that cannot be drawn against this base, each with its reason. */
      undrawn: UndrawnMetric[];
      /** Ranks are left out: an index of places means nothing. */
      excluded: Metric[];
    }
  | {
      status: 'none';
      reason: 'noCommonYear' | 'nothingToIndex';
      undrawn: UndrawnMetric[];
      excluded: Metric[];
    };

const tidy = (n: number) => roundTo(n, 6);

/** Why `metric` cannot be drawn against `base`, or null when it can. */
function undrawnReason(
  metric: Metric,
  base: number,
  years: readonly number[],
): UndrawnReason | null {
  const published = years.filter((y) => observationIn(metric, y));
  if (published.length === 0) return 'noFigures';
  if (published.length === 1) return 'oneFigure';
  const atBase = observationIn(metric, base);
  if (!atBase) return 'notInBase';
  if (atBase.value <= 0) return 'zeroInBase';
  return published.some((y) => y !== base && sameDefinition(metric, base, y)) ? null : 'redefined';
}

/** Each metric as an index of one base year, so that unlike units can share one chart. */
export function indexSeries(metrics: readonly Metric[], years: readonly number[]): IndexSeries {
  const excluded = metrics.filter((m) => m.kind === 'rank');
  const indexed = metrics.filter((m) => m.kind !== 'rank');
  if (indexed.length === 0)
    return { status: 'none', reason: 'nothingToIndex', undrawn: [], excluded };
  const drawnAt = (y: number) => indexed.filter((m) => undrawnReason(m, y, years) === null);
  // The base that draws the most lines; the earliest of equals.
  const counts = years.map((y) => drawnAt(y).length);
  const most = Math.max(...counts);
  const base = most > 0 ? years[counts.indexOf(most)] : undefined;
  if (base === undefined) {
    // With no base at all, a metric's reason is what keeps it from every base.
    const undrawn = indexed.map((metric) => ({
      metric,
      reason:
        years.map((y) => undrawnReason(metric, y, years)).find((r) => r !== 'notInBase') ??
        'redefined',
    }));
    return { status: 'none', reason: 'noCommonYear', undrawn, excluded };
  }
  const undrawn = indexed.flatMap((metric) => {
    const reason = undrawnReason(metric, base, years);
    return reason ? [{ metric, reason }] : [];
  });
  const drawn = drawnAt(base);
  return {
    status: 'shown',
    base,
    excluded,
    undrawn,
    lines: drawn.map((metric) => {
      const baseValue = observationIn(metric, base)?.value ?? 1;
      // A figure measured under another definition than the base year's has no index.
      const shown = years.map((y) =>
        sameDefinition(metric, base, y) ? observationIn(metric, y) : null,
      );
      return {
        metric,
        values: shown.map((o) => (o ? tidy((o.value / baseValue) * 100) : null)),
        approximate: shown.some((o) => o !== null && o.qualifier !== 'exact'),
      };
    }),
  };
}
