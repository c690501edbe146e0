import type { Browser, Page } from 'playwright-core';
import { median, repeat, RUNS } from './bench-env.ts';
import { atMost, format, type Row } from './results-table.ts';

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

/** The median of RUNS exports on one page, after a first one that loads the export code. */
async function exportTime(
  browser: Browser,
  url: string,
  act: (page: Page) => Promise<void>,
): Promise<{ first: number; median: number }> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    await page.goto(url);
    await page.getByRole('figure').first().waitFor();
    const first = await timeDownload(page, () => act(page));
    const runs = await repeat(RUNS, () => timeDownload(page, () => act(page)));
    return { first, median: median(runs) };
  } finally {
    await page.close();
  }
}

const firstChart = (page: Page) => page.getByRole('figure').first();

/** Opens the first chart's Export menu (CONTRACT §5 names) and clicks one of its items. */
const fromMenu = (item: string) => async (page: Page) => {
  const toggle = firstChart(page).getByRole('button', { name: 'Export', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await firstChart(page).getByRole('button', { name: item }).click();
};

/**
 * Export timings in Chromium on the shipped dataset, in English views of `site`: a metric
 * page's chart as a 2× PNG and as a slide PNG, and the overview's Export all (ZIP). Each
 * from the click until the browser starts the download. Targets from the export issue.
 */
export async function exportRows(browser: Browser, site: string, metric: string): Promise<Row[]> {
  const group = 'Export, click to download (Chromium)';
  const cases = [
    {
      what: 'chart PNG 2×',
      link: `?lang=en#/metric/${metric}`,
      act: fromMenu('Download PNG'),
      limit: 300,
    },
    {
      what: 'slide PNG 1920×1080',
      link: `?lang=en#/metric/${metric}`,
      act: fromMenu('Slide PNG (16:9)'),
      limit: 300,
    },
    {
      what: 'overview Export all (ZIP)',
      link: '?lang=en#/',
      act: (page: Page) => page.getByRole('button', { name: 'Export all' }).click(),
      limit: 3000,
    },
    {
      // Every headline KPI's chart drawn at 2×, then the Word file written (issue: under 2 s).
      what: 'overview Word brief (.docx)',
      link: '?lang=en#/',
      act: (page: Page) => page.getByRole('button', { name: 'Download Word brief' }).click(),
      limit: 2000,
    },
    {
      // Every metric of every category, a row a year, written as one workbook.
      what: 'overview Excel workbook (.xlsx)',
      link: '?lang=en#/',
      act: (page: Page) => page.getByRole('button', { name: 'Download Excel' }).click(),
    },
  ];
  const rows: Row[] = [];
  for (const { what, link, act, limit } of cases) {
    const time = await exportTime(browser, `${site}${link}`, act);
    rows.push(
      { group, what: `${what}, first (loads the export code)`, ours: time.first, show: format.ms },
      {
        group,
        what,
        ours: time.median,
        show: format.ms,
        target: limit === undefined ? undefined : atMost(limit, `< ${limit} ms`),
      },
    );
  }
  return rows;
}
