import { createRoot } from 'react-dom/client';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import type { DrawnPlot, LegendEntry } from '../../model/export/figure-svg.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { legendOf } from '../../ui/chart/draw/index-lines.ts';
import { drawingOf } from '../../ui/chart/drawings.ts';
import { drawnPlot } from '../../ui/chart/drawn.ts';
import { ChartThemeContext, chartTokens, type ChartTheme } from '../../ui/chart/tokens.ts';
import { serialiseDrawing } from '../../ui/export/clean-svg.ts';
import { ExportError } from './export-error.ts';
import './export.css';

export interface CapturedChart {
  plot: DrawnPlot | null;
  legend: LegendEntry[];
}

/** Resolves with the stage's plot once its chart is marked drawn (ui/chart/drawn.ts). */
async function drawnSurface(
  stage: HTMLElement,
  timeout: number,
  crashed: () => boolean,
): Promise<SVGSVGElement> {
  const start = performance.now();
  for (;;) {
    if (crashed()) throw new ExportError('exportReasonDraw');
    const plot = drawnPlot(stage);
    if (plot) return plot;
    if (performance.now() - start > timeout) throw new ExportError('exportReasonDraw');
    // A timer, not a frame: an off-screen stage in a background tab gets no frames.
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/**
 * The chart as `<Chart variant="export">` draws it (or `variant="slide"`, the large type of
 * presentation mode, for a slide): at a fixed size, without animation, in the reader's theme,
 * on a stage off screen. So a chart that was never scrolled into view exports all the same,
 * and the page itself does not move. Lists and fact tiles are text, which the export writes
 * itself: they need no drawing.
 */
export async function captureChart(
  spec: ChartSpec,
  theme: ChartTheme,
  variant: 'export' | 'slide' | 'document',
  timeout = 10_000,
): Promise<CapturedChart> {
  const legend = legendOf(spec.drawing, chartTokens[theme]);
  if (drawingOf(spec.drawing.kind).text) return { plot: null, legend };
  const stage = document.createElement('div');
  stage.className = `export-stage export-stage-${variant}`;
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  document.body.append(stage);
  // Its own id prefix: the stage's ids must never collide with the page's. A drawing that
  // throws ends the wait at once rather than after the timeout.
  let crashed = false;
  const root = createRoot(stage, {
    identifierPrefix: 'export-stage-',
    onUncaughtError: () => (crashed = true),
  });
  try {
    root.render(
      <ChartThemeContext value={theme}>
        <Chart spec={spec} variant={variant} eager />
      </ChartThemeContext>,
    );
    const surface = await drawnSurface(stage, timeout, () => crashed);
    return { plot: serialiseDrawing(surface), legend };
  } finally {
    root.unmount();
    stage.remove();
  }
}
