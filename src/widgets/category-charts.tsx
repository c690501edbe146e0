import type { Category, Dataset } from '../dataset/model.ts';
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
  /** On the overview: the first few, trends before single figures. */
  compact?: boolean;
  variant?: ChartVariant;
}

const COMPACT = 4;

export function CategoryCharts({
  dataset,
  category,
  years,
  compact = false,
  variant = 'page',
}: CategoryChartsProps) {
  const lang = useLang();
  const metrics = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  const plan = planCharts(metrics, years);
  const specs = [
    ...plan.trends.map((m) => ({ metric: m, spec: trendSpec(dataset, m, years, lang) })),
    ...plan.facts.flatMap((m) => {
      const spec = factSpec(dataset, m, years, lang);
      return spec ? [{ metric: m, spec }] : [];
    }),
  ];
  return (
    <div className="chart-grid">
      {(compact ? specs.slice(0, COMPACT) : specs).map(({ metric, spec }) => (
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
}
