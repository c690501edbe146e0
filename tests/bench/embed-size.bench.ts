import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { launchChromium } from '../e2e/chromium.ts';
import { serveBuild, type ServedBuild } from '../e2e/serve-build.ts';

// Not a test: `npm run bench` prints how much JavaScript the full overview and an embed fetch
// before their first chart is drawn (medians of fresh browser contexts, no cache).
const RUNS = 5;
const FIXTURE = 'data/fixture.json';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const rows: Record<string, string | number>[] = [];

let served: ServedBuild;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild('/bench/', { [FIXTURE]: fileText(basic) }, { production: true });
  browser = await launchChromium();
});
afterAll(async () => {
  console.log('JavaScript fetched until the first chart svg appears (median of 5 runs):');
  console.table(rows);
  await browser?.close();
  await served?.close();
});

interface Fetched {
  files: number;
  raw: number;
  gzip: number;
}

/** The .js responses received from navigation until a chart's svg is in the page. */
async function javascriptToFirstChart(link: string): Promise<Fetched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const responses: Response[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('.js')) responses.push(r);
  });
  await page.goto(`${served.url}${link}`);
  await page.waitForSelector('figure .chart-body svg');
  const before = responses.slice();
  const bodies = await Promise.all(before.map((r) => r.body()));
  await page.close();
  return {
    files: bodies.length,
    raw: bodies.reduce((sum, b) => sum + b.length, 0),
    gzip: bodies.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

test('JavaScript bytes to the first chart: full overview and a metric embed', async () => {
  const views = [
    { view: 'full overview', link: `?data=${FIXTURE}#/` },
    { view: 'embed: one metric', link: `?data=${FIXTURE}#/embed/metric/hotline_requests` },
  ];
  for (const { view, link } of views) {
    const runs: Fetched[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await javascriptToFirstChart(link));
    const raw = median(runs.map((r) => r.raw));
    const gzip = median(runs.map((r) => r.gzip));
    rows.push({
      view,
      route: link.slice(link.indexOf('#')),
      'js files': median(runs.map((r) => r.files)),
      'raw bytes': raw,
      'raw KiB': kib(raw),
      'gzip bytes': gzip,
      'gzip KiB': kib(gzip),
    });
  }
}, 300_000);
