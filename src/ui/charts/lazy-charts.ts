import { lazy } from 'react';

// Chart code (Recharts) loads only when a chart is near the screen, never for the KPI cards.
const loaders = {
  trend: () => import('./trend-chart.tsx'),
  bars: () => import('./bars-chart.tsx'),
  change: () => import('./change-bars-chart.tsx'),
  index: () => import('./index-chart.tsx'),
};

export const TrendChart = lazy(loaders.trend);
export const BarsChart = lazy(loaders.bars);
export const ChangeBarsChart = lazy(loaders.change);
export const IndexChart = lazy(loaders.index);

/** Fetches the chart code while the page renders, so charts draw as soon as they mount. */
export function preloadCharts(): void {
  for (const load of Object.values(loaders)) void load();
}
