import type { Dataset, Metric } from '../../dataset/model.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { PlannedChart } from '../../model/chart-groups.ts';
import { changeSpec } from '../../model/chart-spec/change-spec.ts';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { indexSpec } from '../../model/chart-spec/index-spec.ts';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import type { Reading } from './trends-settings.ts';

/** What the trends page shows in a reading: what it draws, and what its Export all exports. */
export type TrendsCharts =
  | { reading: 'index'; index: ReturnType<typeof indexSpec>; specs: ChartSpec[] }
  | {
      reading: 'values' | 'change';
      charts: PlannedChart[];
      /** In the change reading, metrics with no two comparable figures: named, not drawn. */
      without: Metric[];
      specs: ChartSpec[];
    };

/** The chosen metrics one chart each, or all of them on one chart of indices. */
export function trendsCharts(
  dataset: Dataset,
  metrics: readonly Metric[],
  years: readonly number[],
  reading: Reading,
  lang: Lang,
): TrendsCharts {
  if (reading === 'index') {
    const index = indexSpec(dataset, metrics, years, lang);
    return { reading, index, specs: index.status === 'shown' ? [index.spec] : [] };
  }
  const build = reading === 'change' ? changeSpec : metricSpec;
  const all = metrics.map((metric) => ({ metric, spec: build(dataset, metric, years, lang) }));
  const charts = all.filter(({ spec }) => reading === 'values' || spec.drawing.kind !== 'list');
  const without = all.filter((c) => !charts.includes(c)).map((c) => c.metric);
  return { reading, charts, without, specs: charts.map((c) => c.spec) };
}
