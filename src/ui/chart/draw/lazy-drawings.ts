import { lazy } from 'react';
import { drawingModules } from '../draw-turns.ts';

// Chart code (Recharts) loads only when a chart is near the screen, never for the KPI cards.
// Each kind is fetched the first time a frame of that kind nears the screen (see Chart).
export const TrendDrawing = lazy(drawingModules.trend);
export const ChangeDrawing = lazy(drawingModules.change);
export const IndexDrawing = lazy(drawingModules.index);
