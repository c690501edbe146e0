import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { STRICT_CSP } from './csp.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';
import { settle, viewLink, VIEWS } from './views.ts';

// Every view must run under STRICT_CSP with no violation, no console error, and no request
// to any host but the one serving the app.
const FIXTURE = 'data/fixture.json';

declare global {
  interface Window {
    violations?: string[];
  }
}

describeInChromium('every view under a strict Content-Security-Policy', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );

  it.each(VIEWS)(
    '$name: no violation, no console error, nothing from another host',
    async (view) => {
      const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
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
