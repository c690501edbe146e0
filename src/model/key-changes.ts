import type { Dataset, Metric } from '../dataset/model.ts';
import type { Change } from './change.ts';
import { seriesYear } from './metric-series.ts';

type Compared = Extract<Change, { status: 'compared' }>;

export interface KeyChange {
  metric: Metric;
  change: Compared;
  /** How much the change matters, comparable across kinds (see `importance`). */
  size: number;
}

/**
 * How much a change matters, on one scale across kinds: a rate's or a score's points as they
 * are, a rank's places counted double (few places separate districts), and a count's relative
 * change in tens of percent, discounted for small counts so that 20 → 31 pages does not
 * outrank a hotline. Approximate figures count by the middle of their range.
 */
export function importance(change: Compared): number {
  const delta = Math.abs((change.deltaRange.low + change.deltaRange.high) / 2);
  switch (change.measure) {
    case 'points':
      return delta;
    case 'places':
      return delta * 2;
    case 'relative': {
      const base = Math.abs(change.previous.value);
      const relative = (delta / base) * 100;
      return (relative / 10) * Math.min(1, Math.log10(Math.max(base, 1)) / 4);
    }
  }
}

/**
 * The year's most important improvements and declines: headline KPIs first, then by importance.
 * Detail figures (`detail`) never lead a year; `among` narrows the metrics considered.
 */
export function keyChanges(
  dataset: Dataset,
  year: number,
  count = 3,
  among: (metric: Metric) => boolean = () => true,
) {
  const moved: KeyChange[] = dataset.metrics.flatMap((metric) => {
    if (metric.detail || !among(metric)) return [];
    const { change } = seriesYear(metric, year);
    if (
      change.status !== 'compared' ||
      change.sentiment === 'neutral' ||
      change.previous.value === 0
    )
      return [];
    return [{ metric, change, size: importance(change) }];
  });
  const ranked = (list: KeyChange[]) =>
    list
      .sort((a, b) => Number(b.metric.headline) - Number(a.metric.headline) || b.size - a.size)
      .slice(0, count);
  return {
    improvements: ranked(moved.filter((k) => k.change.sentiment === 'good')),
    declines: ranked(moved.filter((k) => k.change.sentiment === 'bad')),
  };
}
