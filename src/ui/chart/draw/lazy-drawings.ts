import { lazy } from 'react';

// Chart code (Recharts) loads only when a chart is near the screen, never for the KPI cards.
const loaders = {
  trend: () => import('./trend-drawing.tsx'),
  change: () => import('./change-drawing.tsx'),
  index: () => import('./index-drawing.tsx'),
};

export const TrendDrawing = lazy(loaders.trend);
export const ChangeDrawing = lazy(loaders.change);
export const IndexDrawing = lazy(loaders.index);

/**
 * Fetches the chart code while the page renders, so charts draw as soon as they mount. A
 * failure here is left to each chart's own boundary, which says so in its frame.
 */
export function preloadCharts(): void {
  for (const load of Object.values(loaders)) load().catch(() => undefined);
}
