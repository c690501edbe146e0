import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// Nothing on screen moves while the page starts: what index.html paints first, the app's
// loading line and the view the data fills in all keep their places. The data arrives late
// on purpose, so that every stage is painted; the sum of the shifts (Chromium's layout-shift
// entries, as CLS adds them up) must stay within the 0.02.
const FIXTURE = 'data/fixture.json';
const LATE_MS = 700;

declare global {
  interface Window {
    shifts?: { value: number; moved: string[] }[];
  }
}

function watchShifts() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node | null }[];
    })[])
      if (!entry.hadRecentInput)
        window.shifts?.push({
          value: entry.value,
          moved: entry.sources.map(
            (s) =>
              `${s.node?.nodeName ?? '?'} "${(s.node?.textContent ?? '').trim().slice(0, 40)}"`,
          ),
        });
  }).observe({ type: 'layout-shift', buffered: true });
}

const screens = {
  phone: { width: 412, height: 823 },
  laptop: { width: 1350, height: 940 },
};
const views = [
  { name: 'overview', link: '#/', content: 'section[aria-labelledby="kpis"]' },
  { name: 'metric page', link: '#/metric/hotline_requests', content: 'figure' },
  { name: 'embedded chart', link: '#/embed/metric/hotline_requests', content: 'figure' },
  { name: 'embedded KPI cards', link: '#/embed/kpis', content: '.kpi-card' },
];

describeInChromium('the page keeps still while it starts, in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  const cases = Object.entries(screens).flatMap(([screen, viewport]) =>
    ['zh', 'en'].flatMap((lang) => views.map((view) => ({ ...view, screen, viewport, lang }))),
  );

  it.each(cases)('$name on a $screen in $lang', async ({ link, content, viewport, lang }) => {
    const page = await served.browser.newPage({ viewport });
    await page.addInitScript(watchShifts);
    await page.route(`**/${FIXTURE}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, LATE_MS));
      await route.continue();
    });
    await page.goto(`${served.url}?lang=${lang}&data=${FIXTURE}${link}`);
    await page.locator(content).first().waitFor();
    // Charts near the screen draw after the data, each in its own turn.
    await page.waitForTimeout(600);
    const shifts = (await page.evaluate(() => window.shifts)) ?? [];
    await page.close();

    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.02);
  });
});
