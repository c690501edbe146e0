import { useEffect, useState, type RefObject } from 'react';

/**
 * A chart's body carries data-drawn="true" once its drawing is on screen and has settled, and
 * "false" until then. Printing and export wait on this mark, never on a library's class names.
 */
export const DRAWN_ATTRIBUTE = 'data-drawn';

/** The plot a drawing renders: its svg, named as an image (surfaceProps in draw/drawing-props). */
const PLOT = 'svg[role="img"]';

/** The next frame, or 50 ms where frames are paused (a tab in the background, an off-screen stage). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 50);
  });

/**
 * Whether the drawing in `body` has drawn: at once for text; for a plot, once its svg has a size
 * and has not changed over a frame (the library draws, measures its container and its labels,
 * then draws again).
 */
export function useDrawn(
  body: RefObject<HTMLElement | null>,
  rendered: boolean,
  text: boolean,
): boolean {
  const [plotDrawn, setPlotDrawn] = useState(false);
  useEffect(() => {
    if (!rendered || text || plotDrawn) return;
    let stopped = false;
    void (async () => {
      let last = '';
      while (!stopped) {
        const plot = body.current?.querySelector(PLOT);
        const markup = plot && Number(plot.getAttribute('width')) > 0 ? plot.outerHTML : '';
        if (markup && markup === last) return setPlotDrawn(true);
        last = markup;
        await nextFrame();
      }
    })();
    return () => {
      stopped = true;
    };
  }, [body, rendered, text, plotDrawn]);
  return text ? rendered : plotDrawn;
}

/** The charts in `root` that have not drawn yet. */
export function undrawnCharts(root: ParentNode = document): Element[] {
  return [...root.querySelectorAll(`[${DRAWN_ATTRIBUTE}="false"]`)];
}

/** The drawn plot of the first chart in `root`, once it has drawn; null before, or for text. */
export function drawnPlot(root: ParentNode): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>(`[${DRAWN_ATTRIBUTE}="true"] ${PLOT}`);
}
