import { memo } from 'react';
import type { Category, Dataset, Metric } from '../dataset/model.ts';
import type { ChartSpec } from '../model/chart-spec/chart-spec.ts';
import { factSpec } from '../model/chart-spec/fact-spec.ts';
import { trendSpec } from '../model/chart-spec/trend-spec.ts';
import { planCharts } from '../model/chart-groups.ts';
import { useLang } from '../settings/use-lang.ts';
import { Chart } from '../ui/chart/chart.tsx';
import { EmbedCode } from './embed-code.tsx';
import { ExportActions } from './export/export-actions.tsx';
import type { ChartVariant } from '../ui/chart/variants.ts';

interface CategoryChartsProps {
  dataset: Dataset;
  category: Category;
  years: readonly number[];
  /** On the overview: the first few, trends before single figures, detail figures left out. */
  compact?: boolean;
  variant?: ChartVariant;
}

const COMPACT = 4;

/**
 * A category's charts, trends before single figures. Memoised: none of them depends on the
 * focus year, so switching it redraws no chart.
 */
export const CategoryCharts = memo(function CategoryCharts({
  dataset,
  category,
  years,
  compact = false,
  variant = 'page',
}: CategoryChartsProps) {
  const lang = useLang();
  const all = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  // The overview leaves detail figures to the category and metric pages.
  const metrics = compact ? all.filter((m) => !m.detail) : all;
  const plan = planCharts(metrics, years);
  // Trends before single figures; only the specs shown are built, which on the overview of a
  // category with hundreds of metrics is the difference between four and hundreds.
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
  const specs: { metric: Metric; spec: ChartSpec }[] = [];
  for (const { metric, build } of candidates) {
    if (specs.length === limit) break;
    const spec = build();
    if (spec) specs.push({ metric, spec });
  }
  return (
    <div className="chart-grid">
      {specs.map(({ metric, spec }) => (
        <Chart
          key={spec.id}
          spec={spec}
          variant={variant}
          actions={
            // Inside an embed, offering to embed it again would only confuse.
            variant === 'page' && (
              <>
                <ExportActions spec={spec} />
                <EmbedCode target={{ view: 'metric', id: metric.id }} title={spec.title} />
              </>
            )
          }
        />
      ))}
    </div>
  );
});
