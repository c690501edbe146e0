import type { Metric } from '../dataset/model.ts';
import { changeIn, type Change } from './change.ts';

export interface ChangePoint {
  year: number;
  change: Change;
  /** The bar to draw, in the metric's change measure (% for a count, points, places gained); null where none can be drawn. */
  value: number | null;
}

/** The change of every year shown, as numbers a chart can draw: exact changes only. */
export function changePoints(metric: Metric, years: readonly number[]): ChangePoint[] {
  return years.map((year) => {
    const change = changeIn(metric, year);
    if (change.status !== 'compared' || !change.exact) return { year, change, value: null };
    const value =
      change.measure === 'relative'
        ? change.relative === null
          ? null
          : Math.round(change.relative * 1000) / 10
        : change.measure === 'places'
          ? -change.delta
          : change.delta;
    return { year, change, value };
  });
}
