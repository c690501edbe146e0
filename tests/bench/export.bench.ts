import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { launchChromium } from '../e2e/chromium.ts';
import { serveBuild, type ServedBuild } from '../e2e/serve-build.ts';

// Not a test: `npm run bench` prints how long exports take in Chromium on the shipped dataset,
// from the click to the start of the download (medians of several runs, after one warm-up that
// loads the export code). Targets from issue 8: one PNG under 300 ms, the overview's ZIP under 3 s.
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: Record<string, string | number>[] = [];
const shipped = JSON.parse(readFileSync('public/data/dongcheng.json', 'utf8')) as {
  metrics: { id: string; headline?: boolean }[];
};
const metric = shipped.metrics.find((m) => m.headline)?.id ?? shipped.metrics[0]?.id ?? '';

let served: ServedBuild;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild('/bench/');
  browser = await launchChromium();
});
afterAll(async () => {
  console.log('Export timings in Chromium, shipped dataset (click → download starts):');
  console.table(rows);
  await browser?.close();
  await served?.close();
});

/** Milliseconds from the click to the download it starts. */
async function timeDownload(page: Page, click: () => Promise<void>): Promise<number> {
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    click(),
  ]);
  const ms = Date.now() - start;
  await download.delete();
  return ms;
}

async function measure(
  what: string,
  target: number,
  link: string,
  act: (page: Page) => Promise<void>,
) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await page.goto(`${served.url}${link}`);
  await page.getByRole('figure').first().waitFor();
  const warmUp = await timeDownload(page, () => act(page));
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeDownload(page, () => act(page)));
  const ms = median(runs);
  rows.push({
    export: what,
    'median ms': ms,
    'first (loads code) ms': warmUp,
    'target ms': target,
    'within target': ms < target ? 'yes' : 'NO',
  });
  await page.close();
}

test('export timings: one chart PNG at 2×, one slide PNG, the overview ZIP', async () => {
  const chart = (page: Page) => page.getByRole('figure').first();
  const openPanel = async (page: Page) => {
    const toggle = chart(page).getByRole('button', { name: 'Export', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  };
  await measure('chart PNG at 2×', 300, `?lang=en#/metric/${metric}`, async (page) => {
    await openPanel(page);
    await chart(page).getByRole('button', { name: 'Download PNG' }).click();
  });
  await measure('slide PNG 1920×1080', 300, `?lang=en#/metric/${metric}`, async (page) => {
    await openPanel(page);
    await chart(page).getByRole('button', { name: 'Slide PNG (16:9)' }).click();
  });
  await measure('overview Export all (ZIP)', 3000, '?lang=en#/', async (page) => {
    await page.getByRole('button', { name: 'Export all' }).click();
  });
}, 300_000);
