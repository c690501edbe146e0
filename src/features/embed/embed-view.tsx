import { useMemo } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import { focusYear, visibleYears } from '../../model/series.ts';
import type { EmbedTarget } from '../../settings/route.ts';
import { useFocusYearSetting, useRangeSetting } from '../../settings/settings-store.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { categoryCharts } from '../../model/chart-groups.ts';
import { ChartGrid } from '../../widgets/chart-grid.tsx';
import { KpiGrid } from '../../widgets/kpi-grid.tsx';
import { chosenCharts, useChosenMetrics } from './chosen-metrics.ts';
import { fullDashboardAddress } from './full-dashboard-link.ts';

/** What an embed shows, drawn in the embed variant; null for an id the dataset does not have. */
export function EmbedView({ dataset, target }: { dataset: Dataset; target: EmbedTarget }) {
  const lang = useLang();
  const t = useT();
  const year = focusYear(dataset, useFocusYearSetting());
  const { from, to } = useRangeSetting();
  const years = useMemo(() => visibleYears(dataset, from, to), [dataset, from, to]);
  const chosen = useChosenMetrics();
  const category = target.view === 'category' ? dataset.categoryById.get(target.id) : undefined;
  const charts = useMemo(
    () =>
      category ? chosenCharts(categoryCharts(dataset, category, years, lang), chosen) : undefined,
    [dataset, category, years, lang, chosen],
  );
  switch (target.view) {
    case 'kpis':
      // The embed's h1 names the view; each card's title is the next level down.
      return (
        <KpiGrid
          dataset={dataset}
          year={year}
          embeddable={false}
          headingLevel={2}
          linkTo={(id) =>
            fullDashboardAddress(new URL(window.location.href), { name: 'metric', id })
          }
        />
      );
    case 'category':
      if (!charts) return null;
      return charts.length > 0 ? (
        <ChartGrid charts={charts} variant="embed" />
      ) : (
        <p className="notice">{t('embedNoneChosen')}</p>
      );
    case 'metric': {
      const metric = dataset.metricById.get(target.id);
      return metric ? (
        <Chart spec={metricSpec(dataset, metric, years, lang)} variant="embed" />
      ) : null;
    }
  }
}
