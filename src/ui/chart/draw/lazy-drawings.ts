import { lazy } from 'react';
import { loadDrawing } from '../draw-turns.ts';

// Chart code (Recharts) loads only when a chart is near the screen, never for the KPI cards.
// Each kind is fetched the first time a frame of that kind nears the screen (see Chart).
// A chart that draws in its turn (draw-turns.ts) finds its code already in (loadedDrawings) and
// renders it at once: through React.lazy it would first show its fallback, and React holds a
// fallback's replacement back for a moment so that loading states do not flicker.
export const TrendDrawing = lazy(() => loadDrawing('trend'));
export const ChangeDrawing = lazy(() => loadDrawing('change'));
export const IndexDrawing = lazy(() => loadDrawing('index'));
