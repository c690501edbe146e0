import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

export interface Fetched {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Drawn by Recharts inside a chart frame: the same markup in the dashboard and the floor app. */
export const FIRST_CHART = 'figure .chart-body svg';

/**
 * The first chart frame scrolled into view as soon as it is in the page. Charts draw only
 * near the screen, and the overview's first chart sits below the KPI cards at 1280×900, so
 * "until the first chart draws" means: until it draws for a reader who scrolls straight to it.
 * The floor app's chart is on the first screen, so this changes nothing there.
 */
export async function scrollToFirstChart(page: Page): Promise<void> {
  const frame = await page.waitForSelector('figure .chart-body', { state: 'attached' });
  await frame.scrollIntoViewIfNeeded();
}

/**
 * The JavaScript received from navigation until the first chart's svg is in the page (its frame
 * scrolled into view, see scrollToFirstChart), in a
 * fresh context (no cache), compressed here with node's zlib (gzip level 6, brotli quality
 * 11) so the figures do not depend on the server.
 */
export async function javascriptToFirstChart(browser: Browser, url: string): Promise<Fetched> {
  return javascriptFetched(browser, url, async (page) => {
    await scrollToFirstChart(page);
    await page.waitForSelector(FIRST_CHART);
  });
}

/**
 * The JavaScript fetched for what `act` does on the page once its first chart has drawn: the
 * presentation's "Download PowerPoint", whose writer must load then and not before.
 */
export async function javascriptForAction(
  browser: Browser,
  url: string,
  act: (page: Page) => Promise<unknown>,
): Promise<Fetched> {
  let before = 0;
  const all = await javascriptFetched(browser, url, async (page, responses) => {
    await scrollToFirstChart(page);
    await page.waitForSelector(FIRST_CHART);
    before = responses.length;
    await act(page);
  });
  return all.after(before);
}

async function javascriptFetched(
  browser: Browser,
  url: string,
  until: (page: Page, responses: readonly Response[]) => Promise<void>,
): Promise<Fetched & { after: (count: number) => Fetched }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('.js')) responses.push(r);
  });
  await page.goto(url);
  await until(page, responses);
  const bodies = await Promise.all(responses.slice().map((r) => r.body()));
  await context.close();
  const measure = (list: Buffer[]): Fetched => {
    const sum = (size: (b: Buffer) => number) => list.reduce((total, b) => total + size(b), 0);
    return {
      files: list.length,
      raw: sum((b) => b.length),
      gzip: sum((b) => gzipSync(b).length),
      brotli: sum((b) => brotliCompressSync(b).length),
    };
  };
  return { ...measure(bodies), after: (count) => measure(bodies.slice(count)) };
}
