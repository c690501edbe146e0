import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fileText } from '../fixtures/index.ts';
import { hostile, PAYLOADS } from '../fixtures/hostile.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';
import { settle, viewLink, VIEWS } from './views.ts';

// A dataset whose every text carries markup and script (tests/fixtures/hostile.ts), opened with
// ?data= in every view: the text shows as text, and nothing in it runs, loads or links.
const HOSTILE = 'data/hostile.json';

declare global {
  interface Window {
    pwned?: string;
  }
}

/** Elements or attributes only the payloads could have made. */
const INJECTED =
  'script:not([src]), [onerror], [onload], img[src="x"], img[src^="http://evil"], a[href^="javascript"], svg svg[onload]';

describeInChromium('hostile text in the dataset, in Chromium', () => {
  const served = serveAppInChromium({ [HOSTILE]: fileText(hostile) });

  async function open(link: string) {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(served.url).origin;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => new URL(r.url()).origin !== origin && foreign.push(r.url()));
    await page.goto(`${served.url}${link}`);
    return { page, dialogs, foreign };
  }

  async function expectInert(page: Page, dialogs: string[], foreign: string[]) {
    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
  }

  const views = VIEWS.filter((v) => v.ready !== 'alert');

  it.each(views)('$name shows the text as text, and nothing in it runs', async (view) => {
    const { page, dialogs, foreign } = await open(viewLink({ ...view, data: HOSTILE }, HOSTILE));
    await settle(page, view);

    expect(await page.locator('body').innerText()).toContain(PAYLOADS.script);
    expect(await page.locator('body').innerText()).not.toContain('\u202E');
    await expectInert(page, dialogs, foreign);
    await page.close();
  });

  it('keeps the window title, the tooltips, the sources and the embed code inert', async () => {
    const link = `?data=${HOSTILE}#/metric/hotline_requests`;
    const { page, dialogs, foreign } = await open(link);
    await page.locator('figure svg[role="img"]').first().waitFor();

    expect(await page.title()).toContain(PAYLOADS.script);
    // The tooltip, under the pointer in the middle of the chart.
    const surface = page.locator('figure svg[role="img"]').first();
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    if (!box) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.chart-tooltip').waitFor();
    // The source whose address is javascript: shows it as text, never as a link.
    expect(await page.getByText(PAYLOADS.link, { exact: false }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '复制嵌入代码' }).first().click();
    const snippet = await page.locator('textarea').first().inputValue();
    expect(snippet).not.toContain('<script>window');
    expect(snippet).not.toContain('onerror="');
    await expectInert(page, dialogs, foreign);
    await page.close();
  });
});
