import { lazy } from 'react';

// Chart code (Recharts) loads only when a chart is on screen, never for the KPI cards.
export const TrendChart = lazy(() => import('./trend-chart.tsx'));
export const BarsChart = lazy(() => import('./bars-chart.tsx'));
export const ChangeBarsChart = lazy(() => import('./change-bars-chart.tsx'));
export const IndexChart = lazy(() => import('./index-chart.tsx'));
