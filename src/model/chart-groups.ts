import type { Metric } from '../dataset/model.ts';

export interface BarsGroup {
  key: string;
  year: number;
  metrics: Metric[];
}

export interface ChartPlan {
  /** Metrics published in two or more of the years shown: one line chart each. */
  trends: Metric[];
  /** The rest, grouped by year and unit so that comparable figures share one bar chart. */
  bars: BarsGroup[];
}

/** Decides which chart shows each metric, within the years shown. */
export function planCharts(metrics: readonly Metric[], years: readonly number[]): ChartPlan {
  const inRange = (m: Metric) => m.observations.filter((o) => years.includes(o.year));
  const trends: Metric[] = [];
  const groups = new Map<string, BarsGroup>();
  for (const metric of metrics) {
    const shown = inRange(metric);
    if (shown.length >= 2) trends.push(metric);
    for (const o of shown.length === 1 ? shown : []) {
      const key = `${o.year}-${metric.kind}-${metric.unit.zh}`;
      const group = groups.get(key) ?? { key, year: o.year, metrics: [] };
      group.metrics.push(metric);
      groups.set(key, group);
    }
  }
  const bars = [...groups.values()].sort(
    (a, b) => b.year - a.year || b.metrics.length - a.metrics.length,
  );
  return { trends, bars };
}
