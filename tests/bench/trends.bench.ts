import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { parseDataset } from '../../src/dataset/parse.ts';
import { changeIn } from '../../src/model/change.ts';
import { yearSentence } from '../../src/model/wording/sentence.ts';
import { launchChromium } from '../e2e/chromium.ts';
import { serveBuild, type ServedBuild } from '../e2e/serve-build.ts';
import { repeatedDataset } from './synthetic-dataset.ts';

// Not a test: `npm run bench` prints how long the real and a ten-times dataset take (medians).
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: { what: string; size: string; ms: number }[] = [];
const sizes = { '1×': repeatedDataset(1), '10×': repeatedDataset(10) } as const;

let served: ServedBuild;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild('/bench/', {
    'data/x1.json': sizes['1×'],
    'data/x10.json': sizes['10×'],
  });
  browser = await launchChromium();
});
afterAll(async () => {
  console.table(rows.map((r) => ({ ...r, ms: Math.round(r.ms) })));
  await browser?.close();
  await served?.close();
});

/** From navigation until every chart frame in the first screen has drawn its SVG. */
async function timeToFirstScreen(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => {
    const visible = [...document.querySelectorAll('figure .chart-body')].filter(
      (b) => b.getBoundingClientRect().top < window.innerHeight,
    );
    return visible.length > 0 && visible.every((b) => b.querySelector('svg'));
  });
  return Date.now() - start;
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

test('model: parse, and every change and sentence', () => {
  for (const [size, text] of Object.entries(sizes)) {
    const parse: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const dataset = parseDataset(text, size);
      parse.push(performance.now() - t);
      t = performance.now();
      for (const m of dataset.metrics)
        for (const y of dataset.years) {
          changeIn(m, y);
          yearSentence(m, y, 'zh');
        }
      all.push(performance.now() - t);
    }
    rows.push({ what: 'parse + validate (node)', size, ms: median(parse) });
    rows.push({ what: 'every change + sentence, zh (node)', size, ms: median(all) });
  }
});

test('Chromium: a trends link with 40 metrics, and search over every metric', async () => {
  for (const size of ['1×', '10×'] as const) {
    const file = size === '1×' ? 'data/x1.json' : 'data/x10.json';
    const ids = (JSON.parse(sizes[size]) as { metrics: { id: string }[] }).metrics
      .slice(0, 40)
      .map((m) => m.id)
      .join(',');
    const open: number[] = [];
    const search: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      open.push(await timeToFirstScreen(page, `${served.url}?data=${file}&metrics=${ids}#/trends`));
      await page.locator('summary', { hasText: '选择指标' }).click();
      search.push(await timeSearch(page, '满意率'));
      await page.close();
    }
    rows.push({
      what: 'open the trends link, to the first screen of charts (Chromium)',
      size,
      ms: median(open),
    });
    rows.push({ what: 'filter the metric list by a name (Chromium)', size, ms: median(search) });
  }
}, 300_000);
