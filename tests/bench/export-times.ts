import type { Browser } from 'playwright-core';

/**
 * The hook for the export work (CONTRACT §5) to fill: milliseconds from a click on the first
 * chart's "Download PNG" until the browser has the file, on `url` (an English view). Null
 * while the app has no such action, which the table prints as "not measured yet": no figure
 * is made up.
 */
export async function pngExportTime(browser: Browser, url: string): Promise<number | null> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForSelector('figure');
    const button = page.getByRole('button', { name: 'Download PNG' }).first();
    if ((await button.count()) === 0) return null;
    const start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    await download.path();
    return Date.now() - start;
  } finally {
    await page.close();
  }
}
