import { lazy, Suspense, useMemo } from 'react';
import type { Dataset } from '../dataset/model.ts';
import { CoveragePage } from '../features/coverage/coverage-page.tsx';
import { CategoryPage } from '../features/category/category-page.tsx';
import { MetricPage } from '../features/metric/metric-page.tsx';
import { NotFoundPage } from '../features/not-found/not-found-page.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { TrendsPage } from '../features/trends/trends-page.tsx';
import { focusYear, visibleYears } from '../model/series.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { useViewTitle } from './view-title.ts';
import { ViewBoundary } from './view-boundary.tsx';
import { useFocusYearSetting, useRangeSetting, useRoute } from '../settings/settings-store.ts';

// The Add-a-report page is for the person who keeps the dataset, once a year: its code (and the
// validator it checks the new file with) loads only when it is opened.
const UpdatePage = lazy(() =>
  import('../features/update/update-page.tsx').then((m) => ({ default: m.UpdatePage })),
);

/** The page for the view in the hash, a failure kept inside it. */
export function Routes({ dataset }: { dataset: Dataset }) {
  const route = useRoute();
  return (
    <ViewBoundary resetKey={JSON.stringify(route)}>
      <RoutedView dataset={dataset} />
    </ViewBoundary>
  );
}

function RoutedView({ dataset }: { dataset: Dataset }) {
  const route = useRoute();
  const year = useFocusYearSetting();
  const { from, to } = useRangeSetting();
  // One array per range, so that charts which do not depend on the focus year skip its switch.
  const years = useMemo(() => visibleYears(dataset, from, to), [dataset, from, to]);
  const focus = focusYear(dataset, year);
  const t = useT();
  useViewTitle(route, dataset, focus, useLang());
  switch (route.name) {
    case 'overview':
      return <OverviewPage dataset={dataset} year={focus} years={years} />;
    case 'category': {
      const category = dataset.categoryById.get(route.id);
      return category ? (
        <CategoryPage dataset={dataset} category={category} years={years} />
      ) : (
        <NotFoundPage what={`#/category/${route.id}`} />
      );
    }
    case 'metric': {
      const metric = dataset.metricById.get(route.id);
      return metric ? (
        <MetricPage dataset={dataset} metric={metric} years={years} />
      ) : (
        <NotFoundPage what={`#/metric/${route.id}`} />
      );
    }
    case 'trends':
      return <TrendsPage dataset={dataset} years={years} />;
    case 'coverage':
      return <CoveragePage dataset={dataset} />;
    case 'update':
      return (
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading')}
            </p>
          }
        >
          <UpdatePage dataset={dataset} />
        </Suspense>
      );
    case 'notFound':
      return <NotFoundPage what={route.hash} />;
  }
}
