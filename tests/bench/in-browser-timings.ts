import type { Browser, Page } from 'playwright-core';
import { PARSE_MEASURE } from '../../src/dataset/load.ts';
import { zh } from '../../src/i18n/zh/index.ts';
import { FIRST_CHART, scrollToFirstChart } from './js-to-first-chart.ts';

export interface LoadFigures {
  /** Parsing and validating the dataset in the page (the app's User Timing measure), ms. */
  parse: number;
  /** From navigation until the first chart's svg is in the page, scrolled to once the KPI cards show, ms. */
  firstChart: number;
  /** From navigation until the headline KPI cards are in the page, ms. */
  kpis: number;
  /** From the focus year's change event until the frame after the page shows the new year, ms. */
  yearSwitch: number;
  /** Used JS heap after load and the year switch, after a garbage collection, bytes. */
  heap: number;
  /** The longest task of load and year switch (PerformanceObserver 'longtask'), ms; 0 if none. */
  longestTask: number;
}

/** Installed before any of the page's scripts, so that no long task goes unseen. */
function watchLongTasks() {
  const seen = { longest: 0 };
  Object.assign(window, { __benchLongTasks: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longest = Math.max(seen.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

const polling = { polling: 'raf', timeout: 120_000 } as const;

/** performance.now() of the first animation frame with a chart's svg in the page. */
async function untilFirstChart(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (chart) => document.querySelector(chart) !== null && performance.now(),
    FIRST_CHART,
    polling,
  );
  return (await handle.jsonValue()) as number;
}

/** performance.now() of the first animation frame with the headline KPI cards in the page. */
async function untilKpis(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => document.getElementById('kpis') !== null && performance.now(),
    undefined,
    polling,
  );
  return (await handle.jsonValue()) as number;
}

/** Picks another published year in the focus-year select and times until the page shows it. */
function switchYear(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const label = [...document.querySelectorAll('label')].find((l) =>
      l.textContent?.startsWith(name),
    );
    const select = label?.querySelector('select');
    const heading = document.getElementById('kpis');
    const other = [...(select?.options ?? [])].find((o) => !o.selected && !o.disabled);
    if (!select || !heading || !other) return NaN;
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(
      select,
      other.value,
    );
    select.dispatchEvent(new Event('change', { bubbles: true }));
    while (!heading.textContent?.includes(other.value))
      await new Promise((resolve) => setTimeout(resolve, 0));
    // The frame that shows it: a rendering step runs between the animation frame and the timer.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, zh.focusYear);
}

/** One load of the overview on `url` in a fresh context, with every figure of LoadFigures. */
export async function overviewLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(url);
  const kpis = await untilKpis(page);
  await scrollToFirstChart(page);
  const firstChart = await untilFirstChart(page);
  const parse = await page.evaluate(
    (name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN,
    PARSE_MEASURE,
  );
  const yearSwitch = await switchYear(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const longestTask = await page.evaluate(
    () => (window as unknown as { __benchLongTasks: { longest: number } }).__benchLongTasks.longest,
  );
  await context.close();
  return { parse, kpis, firstChart, yearSwitch, heap: usedSize, longestTask };
}
