import type { Dataset, Metric } from '../dataset/model.ts';
import { changeIn, type Change } from './change.ts';

export interface KeyChange {
  metric: Metric;
  change: Extract<Change, { status: 'compared' }>;
  /** Size of the change relative to where it started, for ranking across kinds. */
  size: number;
}

/** How big a change is relative to its starting point; for approximate figures, the middle of its range. */
function sizeOf(change: KeyChange['change']): number {
  const mid = (change.deltaRange.low + change.deltaRange.high) / 2;
  return Math.abs(mid) / Math.abs(change.previous.value);
}

/** The largest improvements and declines of a year, by how far each moved from its previous figure. */
export function keyChanges(dataset: Dataset, year: number, count = 3) {
  const moved: KeyChange[] = dataset.metrics.flatMap((metric) => {
    const change = changeIn(metric, year);
    if (
      change.status !== 'compared' ||
      change.sentiment === 'neutral' ||
      change.previous.value === 0
    )
      return [];
    return [{ metric, change, size: sizeOf(change) }];
  });
  const largest = (list: KeyChange[]) => list.sort((a, b) => b.size - a.size).slice(0, count);
  return {
    improvements: largest(moved.filter((k) => k.change.sentiment === 'good')),
    declines: largest(moved.filter((k) => k.change.sentiment === 'bad')),
  };
}
