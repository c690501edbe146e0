import type { Dataset } from '../../dataset/model.ts';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import { focusYear, visibleYears } from '../../model/series.ts';
import type { EmbedTarget } from '../../settings/route.ts';
import { useFocusYearSetting, useRangeSetting } from '../../settings/settings-store.ts';
import { useLang } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { categoryCharts } from '../../model/chart-groups.ts';
import { ChartGrid } from '../../widgets/chart-grid.tsx';
import { KpiGrid } from '../../widgets/kpi-grid.tsx';

/** What an embed shows, drawn in the embed variant; null for an id the dataset does not have. */
export function EmbedView({ dataset, target }: { dataset: Dataset; target: EmbedTarget }) {
  const lang = useLang();
  const year = focusYear(dataset, useFocusYearSetting());
  const { from, to } = useRangeSetting();
  const years = visibleYears(dataset, from, to);
  switch (target.view) {
    case 'kpis':
      return <KpiGrid dataset={dataset} year={year} embeddable={false} />;
    case 'category': {
      const category = dataset.categoryById.get(target.id);
      return category ? (
        <ChartGrid charts={categoryCharts(dataset, category, years, lang)} variant="embed" />
      ) : null;
    }
    case 'metric': {
      const metric = dataset.metricById.get(target.id);
      return metric ? (
        <Chart spec={metricSpec(dataset, metric, years, lang)} variant="embed" />
      ) : null;
    }
  }
}
