import type { Dataset, Category } from '../dataset/model.ts';
import { planCharts } from '../model/chart-groups.ts';
import { MetricTrendFigure } from './metric-trend-figure.tsx';
import { UnitBarsFigure } from './unit-bars-figure.tsx';

interface CategoryChartsProps {
  dataset: Dataset;
  category: Category;
  years: readonly number[];
  /** On the overview: only the trends, or the largest group where there are none. */
  compact?: boolean;
}

export function CategoryCharts({ dataset, category, years, compact = false }: CategoryChartsProps) {
  const metrics = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  const plan = planCharts(metrics, years);
  const trends = compact ? plan.trends.slice(0, 4) : plan.trends;
  const bars = compact ? (plan.trends.length > 0 ? [] : plan.bars.slice(0, 1)) : plan.bars;
  return (
    <div className="chart-grid">
      {trends.map((m) => (
        <MetricTrendFigure key={m.id} metric={m} years={years} />
      ))}
      {bars.map((g) => (
        <UnitBarsFigure key={g.key} metrics={g.metrics} year={g.year} />
      ))}
    </div>
  );
}
