import { lazy } from 'react';

// Chart code (Recharts) loads only when a chart is near the screen, never for the KPI cards.
// Each kind is fetched the first time a frame of that kind nears the screen (see Chart).
export const TrendDrawing = lazy(() => import('./trend-drawing.tsx'));
export const ChangeDrawing = lazy(() => import('./change-drawing.tsx'));
export const IndexDrawing = lazy(() => import('./index-drawing.tsx'));
