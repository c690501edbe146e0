import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { STRICT_CSP } from './csp.ts';
import { CHROMIUM_PATH, chromiumMissingMessage, launchChromium } from './chromium.ts';
import { serveBuild, type ServedBuild } from './serve-build.ts';
import { settle, viewLink, VIEWS } from './views.ts';

// Every view must run under STRICT_CSP with no violation, no console error, and no request
// to any host but the one serving the app.
const FIXTURE = 'data/fixture.json';

if (!CHROMIUM_PATH) {
  if (process.env.CI === 'true') throw new Error(chromiumMissingMessage);
  console.warn(chromiumMissingMessage);
}

declare global {
  interface Window {
    violations?: string[];
  }
}

describe.skipIf(!CHROMIUM_PATH)('every view under a strict Content-Security-Policy', () => {
  let served: ServedBuild;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuild(
      '/intranet/fzzf/',
      { [FIXTURE]: fileText(basic) },
      { headers: { 'Content-Security-Policy': STRICT_CSP } },
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each(VIEWS)(
    '$name: no violation, no console error, nothing from another host',
    async (view) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      // Recorded from the first line of the page on, before any of the app's code runs.
      await page.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.violations?.push(
            `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
          ),
        );
      });
      await page.goto(`${served.url}${viewLink(view, FIXTURE)}`);
      await settle(page, view);

      expect(await page.evaluate(() => window.violations)).toEqual([]);
      const expected = view.ready === 'alert' ? [/404 \(Not Found\)/] : [];
      expect(errors.filter((e) => !expected.some((x) => x.test(e)))).toEqual([]);
      const origin = new URL(served.url).origin;
      expect(requests.length).toBeGreaterThan(3);
      expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
      await page.close();
    },
  );
});
