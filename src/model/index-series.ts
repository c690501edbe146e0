import type { Metric } from '../dataset/model.ts';
import { observationIn, sameDefinition } from './series.ts';
import { roundTo } from './round.ts';

export type IndexSeries =
  | {
      status: 'shown';
      /** The first year shown in which every indexed metric has a figure: 100 for each. */
      base: number;
      lines: { metric: Metric; values: (number | null)[]; approximate: boolean }[];
      /** Ranks are left out: an index of places means nothing. */
      excluded: Metric[];
    }
  | { status: 'none'; reason: 'noCommonYear' | 'nothingToIndex'; excluded: Metric[] };

const tidy = (n: number) => roundTo(n, 6);

/** Each metric as an index of its own first common year, so that unlike units can share one chart. */
export function indexSeries(metrics: readonly Metric[], years: readonly number[]): IndexSeries {
  const excluded = metrics.filter((m) => m.kind === 'rank');
  const indexed = metrics.filter((m) => m.kind !== 'rank');
  if (indexed.length === 0) return { status: 'none', reason: 'nothingToIndex', excluded };
  const common = years.filter((y) => indexed.every((m) => (observationIn(m, y)?.value ?? 0) > 0));
  // Prefer a base every metric can be compared with in some other year: not one cut off by a
  // change of definition.
  const reaches = (y: number) =>
    indexed.every((m) =>
      years.some((other) => other !== y && observationIn(m, other) && sameDefinition(m, y, other)),
    );
  const base = common.find(reaches) ?? common[0];
  if (base === undefined) return { status: 'none', reason: 'noCommonYear', excluded };
  return {
    status: 'shown',
    base,
    excluded,
    lines: indexed.map((metric) => {
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
