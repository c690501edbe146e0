import { useEffect } from 'react';
import type { Dataset } from '../dataset/model.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';
import { fullViewOf, type Route } from '../settings/route.ts';

/** What the view is called, for the window title: "接诉即办诉求量", "总览 · 2024年". */
export function viewName(route: Route, dataset: Dataset, year: number, lang: Lang): string {
  const t = translator(lang);
  switch (route.name) {
    case 'overview':
      return `${t('navOverview')} · ${t('yearOf', { year })}`;
    case 'category': {
      const category = dataset.categoryById.get(route.id);
      return category ? pick(category.name, lang) : t('notFoundTitle');
    }
    case 'metric': {
      const metric = dataset.metricById.get(route.id);
      return metric ? pick(metric.name, lang) : t('notFoundTitle');
    }
    case 'trends':
      return t('trendsTitle');
    case 'coverage':
      return t('navCoverage');
    case 'update':
      return t('addReport');
    case 'embed':
      return viewName(fullViewOf(route.target), dataset, year, lang);
    case 'present':
      return t('presentTitle');
    case 'presentNotes':
      return t('speakerViewTitle');
    case 'notFound':
      return t('notFoundTitle');
  }
}

/** Names the view in the window title, so tabs, bookmarks and history tell views apart. */
export function useViewTitle(route: Route, dataset: Dataset, year: number, lang: Lang) {
  const title = translator(lang)('documentTitle', {
    view: viewName(route, dataset, year, lang),
    dataset: pick(dataset.title, lang),
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
