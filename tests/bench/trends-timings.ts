import type { Browser, Page } from 'playwright-core';
import { median } from './bench-env.ts';
import { format, type Row } from './results-table.ts';

export interface TrendsFigures {
  /** From navigation until every chart frame in the first screen shows its figures, ms. */
  open: number;
  /** From the input event until the metric list shows only the matches, ms. */
  search: number;
}

/** From navigation until every chart frame in the first screen shows its figures. */
async function timeToFirstScreen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => {
      // Fact tiles and lists are text, shown at once; the others are Recharts drawings.
      const drawn = '.chart-body-trend, .chart-body-change, .chart-body-index';
      const visible = [...document.querySelectorAll('figure .chart-body')].filter(
        (b) => b.getBoundingClientRect().top < window.innerHeight,
      );
      const ready = (b: Element) => !b.matches(drawn) || b.querySelector('svg') !== null;
      return visible.length > 0 && visible.every(ready) && performance.now();
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Timed inside the page: from the input event until the list shows only the matches. */
function timeSearch(page: Page, text: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('.picker input[type="search"]');
    if (!input) return NaN;
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const done = () =>
      [...document.querySelectorAll('.picker-option')].every((o) => o.textContent?.includes(query));
    while (!done()) await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }, text);
}

/** A trends link with the first 40 metrics, then a search of the metric list by name. */
export async function trendsLoad(browser: Browser, url: string): Promise<TrendsFigures> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const open = await timeToFirstScreen(page, url);
  await page.locator('summary', { hasText: '选择指标' }).click();
  const search = await timeSearch(page, '满意率');
  await page.close();
  return { open, search };
}

/** The ids of a dataset's first `count` metrics, as the trends link lists them. */
export function firstMetrics(datasetText: string, count: number): string {
  const { metrics } = JSON.parse(datasetText) as { metrics: { id: string }[] };
  return metrics
    .slice(0, count)
    .map((m) => m.id)
    .join(',');
}

export function trendsRows(n: number, runs: readonly TrendsFigures[]): Row[] {
  const group = `trends on the dataset ×${n} (Chromium)`;
  const at = (key: keyof TrendsFigures) => median(runs.map((r) => r[key]));
  return [
    {
      group,
      what: 'open the link, to the first screen of charts',
      ours: at('open'),
      show: format.ms,
    },
    { group, what: 'filter the metric list by a name', ours: at('search'), show: format.ms },
  ];
}
