import type { Page } from 'playwright-core';

/*
 * Measuring drawn charts in Chromium. End-to-end specs may read Recharts' DOM: the grid's box
 * is the plot, the y-axis group and its tick labels are the axis. The chart's own surface is the
 * svg directly in Recharts' wrapper; a legend's little icons are svgs of the same class.
 */

const SURFACE = '.recharts-wrapper > svg.recharts-surface';
const DRAWN_KINDS = '.chart-body-trend, .chart-body-change, .chart-body-index';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  title: string;
  /** The drawing's kind, from its chart body: trend, change or index. */
  kind: string;
  surface: Box;
  /** The CartesianGrid's width: the span the marks are drawn over. */
  plotWidth: number;
  /** From the surface's left edge to the right of the y-axis line or its tick labels. */
  yAxisWidth: number;
  /** Tick and mark labels whose box leaves the surface's, with boxes relative to the surface. */
  textOutside: { text: string; box: Box }[];
  /** Computed font sizes of every text in the surface, in px. */
  fontSizes: number[];
}

/**
 * Charts draw only when near the screen: brings each chart body into view in turn and waits for
 * its drawing. Returns how many were drawn.
 */
export async function drawEveryChart(page: Page): Promise<number> {
  await page.getByRole('figure').first().waitFor();
  const bodies = await page.locator(`figure :is(${DRAWN_KINDS})`).all();
  for (const body of bodies) {
    await body.scrollIntoViewIfNeeded();
    await body.locator(SURFACE).waitFor();
  }
  return bodies.length;
}

/** Every drawn chart surface on the page, measured. */
export function chartLayouts(page: Page): Promise<ChartLayout[]> {
  return page.evaluate((surfaceSelector) => {
    const box = (r: DOMRect) => ({
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      width: r.width,
      height: r.height,
    });
    const surfaces = [...document.querySelectorAll<SVGSVGElement>(`figure ${surfaceSelector}`)];
    return surfaces.map((svg) => {
      const s = svg.getBoundingClientRect();
      const grid = svg.querySelector('.recharts-cartesian-grid');
      const axisParts = [
        ...svg.querySelectorAll('.recharts-yAxis, .recharts-yAxis-tick-labels text'),
      ].map((e) => e.getBoundingClientRect().right);
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim());
      return {
        title: svg.closest('figure')?.querySelector('.chart-title')?.textContent ?? '',
        kind: /chart-body-(\w+)/.exec(svg.closest('.chart-body')?.className ?? '')?.[1] ?? '',
        surface: box(s),
        plotWidth: grid ? grid.getBoundingClientRect().width : 0,
        yAxisWidth: axisParts.length ? Math.max(...axisParts) - s.left : 0,
        textOutside: texts
          .map((t) => ({
            // A label wrapped over lines is one tspan a line: "up 2 places", not "up 2places".
            text: [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
            r: t.getBoundingClientRect(),
          }))
          .filter(
            ({ r }) =>
              r.left < s.left - 1 ||
              r.right > s.right + 1 ||
              r.top < s.top - 1 ||
              r.bottom > s.bottom + 1,
          )
          .map(({ text, r }) => ({
            text,
            box: {
              left: r.left - s.left,
              top: r.top - s.top,
              right: r.right - s.left,
              bottom: r.bottom - s.top,
              width: r.width,
              height: r.height,
            },
          })),
        fontSizes: texts.map((t) => parseFloat(getComputedStyle(t).fontSize)),
      };
    });
  }, SURFACE);
}

/**
 * Visible elements under `selector` whose text is wider than their box (scrollWidth beyond
 * clientWidth + 1 px), e.g. a KPI figure cut off at the card's edge. Text hidden for screen
 * readers is clipped on purpose and left out.
 */
export function overflowingText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    // Clipped to nothing on purpose (`clip: rect(0 0 0 0)`), for screen readers only.
    const clippedAway = (e: Element) => {
      for (let at: Element | null = e; at; at = at.parentElement)
        if (getComputedStyle(at).clip.startsWith('rect')) return true;
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>(within)]
      .filter((e) => e instanceof HTMLElement && !clippedAway(e))
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map(
        (e) =>
          `<${e.tagName.toLowerCase()} class="${e.className}"> "${e.textContent}": ${e.scrollWidth}px of text in ${e.clientWidth}px`,
      );
  }, selector);
}
