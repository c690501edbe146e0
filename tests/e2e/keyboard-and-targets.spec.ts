import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';
import { settle, viewLink, VIEWS } from './views.ts';

// What axe cannot judge alone: every view by keyboard with a focus ring you can see, in
// document order; targets of 24×24 px; no motion when the reader asks for none; 200% zoom.
const FIXTURE = 'data/fixture.json';

interface Stop {
  what: string;
  /** A focus outline of at least 2 px. */
  ring: boolean;
  /** Where the element stands in document order. */
  position: number;
}

/** The element that has focus now, or null when focus left the page. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // The ring is on the element, or on the card a stretched link covers (up to 3 levels up).
    let ring = false;
    for (let n: Element | null = el, up = 0; n && up < 4 && !ring; n = n.parentElement, up += 1) {
      const style = getComputedStyle(n);
      ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    }
    return {
      what: `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      ring,
      position: [...document.querySelectorAll('*')].indexOf(el),
    };
  });
}

describeInChromium('keyboard, targets, motion and zoom in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  const views = VIEWS.filter((v) =>
    [
      'overview',
      'metric',
      'trends by value',
      'coverage',
      'embedded category',
      'error panel',
    ].includes(v.name),
  );

  it.each(views)('$name: every Tab stop shows a focus ring, in document order', async (view) => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.url}${viewLink(view, FIXTURE)}`);
    await settle(page, view);
    const stops: Stop[] = [];
    for (let i = 0; i < 120; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      // Past the last stop, focus leaves the page or wraps to the first: the walk is done.
      if (!stop || (stops[0] && stop.position <= stops[0].position)) break;
      stops.push(stop);
    }
    const problems = stops.flatMap((stop, i) => [
      ...(stop.ring ? [] : [`no focus ring on ${stop.what}`]),
      ...(i > 0 && stop.position <= (stops[i - 1]?.position ?? 0)
        ? [`${stop.what} is reached after a later element`]
        : []),
    ]);
    expect(stops.length).toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(views)('$name: every target outside a sentence is at least 24×24 px', async (view) => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.url}${viewLink(view, FIXTURE, 'lang=en')}`);
    await settle(page, view);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, summary, textarea, [tabindex]:not([tabindex^="-"])',
        ),
      ]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'inline')
        .filter((e) => !e.closest('.visually-hidden') && !e.matches('.visually-hidden'))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(
          ({ e, r }) =>
            `${e.tagName} "${(e.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it('moves nothing when the reader prefers reduced motion: charts appear drawn, no CSS motion', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${served.url}?data=${FIXTURE}#/metric/hotline_requests`);
    const line = page.locator('figure .recharts-line-curve').first();
    await line.waitFor();
    const first = await line.getAttribute('d');
    await page.waitForTimeout(400);
    expect(await line.getAttribute('d')).toBe(first);
    await page.getByRole('button', { name: '显示数据表' }).first().hover();
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((e) => {
          const s = getComputedStyle(e);
          return (
            s.animationName !== 'none' ||
            parseFloat(s.transitionDuration) > 0 ||
            s.scrollBehavior === 'smooth'
          );
        }).length,
    );
    expect(moving).toBe(0);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.close();
  });

  it.each(VIEWS)('$name: at 200% and 400% zoom nothing scrolls sideways', async (view) => {
    // 200% of a 1280 px window is 640 CSS px; 400% is 320, where WCAG asks content to reflow.
    const page = await served.browser.newPage({ viewport: { width: 640, height: 450 } });
    await page.goto(`${served.url}${viewLink(view, FIXTURE)}`);
    await settle(page, view);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
