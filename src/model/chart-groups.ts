import type { Category, Dataset, Metric } from '../dataset/model.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ChartSpec } from './chart-spec/chart-spec.ts';
import { factSpec } from './chart-spec/fact-spec.ts';
import { trendSpec } from './chart-spec/trend-spec.ts';

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

/** A chart a page shows: the metric it is about and its specification. */
export interface PlannedChart {
  metric: Metric;
  spec: ChartSpec;
}

/** How many charts a category shows on the overview. */
const COMPACT = 4;

/**
 * A category's charts, trends before single figures. `compact` (the overview) keeps the first
 * few and leaves detail figures to the category and metric pages. Only the specifications shown
 * are built: on the overview of a category with hundreds of metrics, four rather than hundreds.
 */
export function categoryCharts(
  dataset: Dataset,
  category: Category,
  years: readonly number[],
  lang: Lang,
  compact = false,
): PlannedChart[] {
  const all = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  const plan = planCharts(compact ? all.filter((m) => !m.detail) : all, years);
  const candidates = [
    ...plan.trends.map((metric) => ({
      metric,
      build: () => trendSpec(dataset, metric, years, lang),
    })),
    ...plan.facts.map((metric) => ({
      metric,
      build: () => factSpec(dataset, metric, years, lang),
    })),
  ];
  const limit = compact ? COMPACT : candidates.length;
  const charts: PlannedChart[] = [];
  for (const { metric, build } of candidates) {
    if (charts.length === limit) break;
    const spec = build();
    if (spec) charts.push({ metric, spec });
  }
  return charts;
}
