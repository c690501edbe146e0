import type { Metric } from '../dataset/model.ts';

export interface ChartPlan {
  /** Metrics published in two or more of the years shown: one chart each. */
  trends: Metric[];
  /** Metrics published once in the years shown: a fact tile each, never a one-bar chart. */
  facts: Metric[];
}

/** Decides how each metric is shown within the years shown: one metric per chart, by meaning. */
export function planCharts(metrics: readonly Metric[], years: readonly number[]): ChartPlan {
  const shownIn = (m: Metric) => m.observations.filter((o) => years.includes(o.year)).length;
  return {
    trends: metrics.filter((m) => shownIn(m) >= 2),
    facts: metrics.filter((m) => shownIn(m) === 1),
  };
}
