import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/chromium.ts';
import { serveBuild, type ServedBuild } from '../e2e/serve-build.ts';

// Not a test: `npm run screenshots` writes PNGs to tests/screenshots/out for a person to look at.
const out = 'tests/screenshots/out';
const views = (process.env.VIEWS ?? '#/,#/category/petitions,#/metric/jsjb_requests').split(',');
const combos = (
  process.env.COMBOS ??
  'zh-light-wide,en-light-wide,zh-contrast-wide,en-contrast-narrow,zh-dark-narrow'
)
  .split(',')
  .map((c) => c.split('-') as [string, string, string]);

let served: ServedBuild;
let browser: Browser;
beforeAll(async () => {
  served = await serveBuild();
  browser = await launchChromium();
  mkdirSync(out, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test('screenshots', async () => {
  for (const view of views)
    for (const [lang, theme, width] of combos) {
      const page = await browser.newPage({
        viewport: { width: width === 'wide' ? 1440 : 390, height: 900 },
        deviceScaleFactor: 1,
      });
      page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
      await page.goto(`${served.url}?lang=${lang}&theme=${theme}${process.env.QUERY ?? ''}${view}`);
      await page.waitForTimeout(1000);
      // Charts draw only near the screen: scroll through once so a full-page shot has them all.
      if (process.env.FULL === '1')
        for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 700) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(150);
        }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      const name = `${view.replace(/[^a-z0-9_]+/gi, '-')}-${lang}-${theme}-${width}`.replace(
        /^-+/,
        '',
      );
      const file = `${out}/${name || 'overview'}`;
      const height =
        process.env.FULL === '1' ? await page.evaluate(() => document.body.scrollHeight) : 900;
      // Long pages in viewport-sized parts, so each part stays legible in an image viewer.
      for (let top = 0, part = 1; top < height; top += 1200, part++)
        await page.screenshot({
          path: `${file}${top === 0 ? '' : `-part${part}`}.png`,
          fullPage: true,
          clip: {
            x: 0,
            y: top,
            width: page.viewportSize()?.width ?? 1440,
            height: Math.min(1200, height - top),
          },
        });
      await page.close();
    }
}, 300_000);
