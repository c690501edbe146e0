import type { Category, Dataset } from '../dataset/model.ts';
import { trendSpec } from '../model/chart-spec/trend-spec.ts';
import { yearBarsSpec } from '../model/chart-spec/year-bars-spec.ts';
import { planCharts } from '../model/chart-groups.ts';
import { useLang } from '../settings/use-lang.ts';
import { Chart } from '../ui/chart/chart.tsx';

interface CategoryChartsProps {
  dataset: Dataset;
  category: Category;
  years: readonly number[];
  /** On the overview: only the trends, or the largest group where there are none. */
  compact?: boolean;
}

export function CategoryCharts({ dataset, category, years, compact = false }: CategoryChartsProps) {
  const lang = useLang();
  const metrics = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  const plan = planCharts(metrics, years);
  const trends = compact ? plan.trends.slice(0, 4) : plan.trends;
  const bars = compact ? (plan.trends.length > 0 ? [] : plan.bars.slice(0, 1)) : plan.bars;
  const specs = [
    ...trends.map((m) => trendSpec(dataset, m, years, lang)),
    ...bars.flatMap((g) => yearBarsSpec(dataset, g.metrics, g.year, lang) ?? []),
  ];
  return (
    <div className="chart-grid">
      {specs.map((spec) => (
        <Chart key={spec.id} spec={spec} />
      ))}
    </div>
  );
}
