import { createRoot } from 'react-dom/client';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import type { DrawnPlot, LegendEntry } from '../../model/export/figure-svg.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { legendOf } from '../../ui/chart/draw/index-lines.ts';
import { ChartThemeContext, chartTokens, type ChartTheme } from '../../ui/chart/tokens.ts';
import { serialiseDrawing } from '../../ui/export/clean-svg.ts';
import { ExportError } from './export-error.ts';

export interface CapturedChart {
  plot: DrawnPlot | null;
  legend: LegendEntry[];
}

/** The next frame, or 50 ms where frames are paused (a tab in the background). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 50);
  });

/**
 * The drawing's svg once the chart library has finished with it: sized, and unchanged over a
 * frame (it draws, measures its container and its labels, then draws again).
 */
async function drawnSurface(
  stage: HTMLElement,
  timeout: number,
  crashed: () => boolean,
): Promise<SVGSVGElement> {
  const start = performance.now();
  let last = '';
  for (;;) {
    if (crashed()) throw new ExportError('exportReasonDraw');
    const surface = stage.querySelector<SVGSVGElement>(
      '.chart-body .recharts-wrapper > svg.recharts-surface',
    );
    const markup = surface && Number(surface.getAttribute('width')) > 0 ? surface.outerHTML : '';
    if (surface && markup && markup === last) return surface;
    if (performance.now() - start > timeout) throw new ExportError('exportReasonDraw');
    last = markup;
    await nextFrame();
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
  variant: 'export' | 'slide',
  timeout = 10_000,
): Promise<CapturedChart> {
  const legend = legendOf(spec.drawing, chartTokens[theme]);
  if (spec.drawing.kind === 'list' || spec.drawing.kind === 'fact') return { plot: null, legend };
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
