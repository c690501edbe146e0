import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// Presentation mode in a real browser: slides read from the back of a room on a laptop and
// on a projector, driven by keys, by a timer and from a speaker's second window.
const FIXTURE = 'data/fixture.json';

const link = (hash: string, ...params: string[]) =>
  `?${[`data=${FIXTURE}`, ...params].join('&')}${hash}`;

/** The slide's number as its footnote shows it, "第3张，共20张" / "Slide 3 of 20". */
async function shownSlide(page: Page): Promise<{ number: number; total: number }> {
  const text = (await page.locator('.slide-number').textContent()) ?? '';
  const [number, total] = (text.match(/\d+/g) ?? []).map(Number);
  return { number: number ?? NaN, total: total ?? NaN };
}

async function slideIs(page: Page, number: number) {
  await page.waitForFunction(
    (n) =>
      new RegExp(`^\\D*${n}\\D`).test(document.querySelector('.slide-number')?.textContent ?? ''),
    number,
  );
}

/** Waits until every chart on the slide has drawn its surface. */
async function drawn(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.slide .chart-body')].every(
      (body) => body.getAttribute('data-drawn') === 'true',
    ),
  );
}

interface Measure {
  scrolls: boolean;
  outside: string[];
  smallText: string[];
  smallBody: string[];
  figure: { px: number; stage: number } | null;
}

/**
 * What a person at the back of the room would miss on the slide shown: anything past the
 * stage's edges, a page that scrolls, and type under 1/45 (labels) or 1/30 (body text) of the
 * stage's height on screen.
 */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const stage = (document.querySelector('.stage') ?? document.body).getBoundingClientRect();
    const scale = stage.height / 1080;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`;
    const outside: string[] = [];
    const smallText: string[] = [];
    for (const el of document.querySelectorAll('.slide *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (
        box.left < stage.left - 1 ||
        box.right > stage.right + 1 ||
        box.top < stage.top - 1 ||
        box.bottom > stage.bottom + 1
      )
        outside.push(describe(el));
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (ownText && size < stage.height / 45 - 0.01 && !el.closest('.visually-hidden'))
        smallText.push(`${describe(el)} ${size.toFixed(1)}px`);
    }
    const content = document.querySelector('.slide-content') ?? document.body;
    if (content.scrollHeight > content.clientHeight + 1)
      outside.push(`content ${content.scrollHeight} > ${content.clientHeight}`);
    const smallBody = [
      ...document.querySelectorAll(
        '.slide-sentence, .chart-slide .chart-summary, .slide-findings li, .slide-changes li, .slide-figures-name, .slide-score-list li, .slide-sources li',
      ),
    ]
      .filter((el) => !el.closest('.slide-kpi .chart-slide'))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) * scale < stage.height / 30 - 0.01)
      .map(describe);
    const figure = document.querySelector('.slide-figure');
    return {
      scrolls:
        document.documentElement.scrollHeight > innerHeight ||
        document.documentElement.scrollWidth > innerWidth,
      outside,
      smallText,
      smallBody,
      figure: figure
        ? { px: parseFloat(getComputedStyle(figure).fontSize) * scale, stage: stage.height }
        : null,
    };
  });
}

describeInChromium('presentation mode in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  async function open(target: string, viewport = { width: 1280, height: 720 }) {
    const page = await served.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}${target}`);
    await page.locator('.slide').waitFor();
    return { page, errors };
  }

  describe.each([
    { size: '1280 × 720', viewport: { width: 1280, height: 720 } },
    { size: '1920 × 1080', viewport: { width: 1920, height: 1080 } },
  ])('at $size', ({ viewport }) => {
    it.each([
      { lang: 'zh', params: [] },
      { lang: 'en', params: ['lang=en'] },
      { lang: 'zh, the full deck', params: ['deck=full'] },
      { lang: 'en, the full deck', params: ['deck=full', 'lang=en'] },
    ])(
      'in $lang, fits every slide on the stage in type a room can read, and never scrolls',
      async ({ params }) => {
        const { page, errors } = await open(link('#/present/1', ...params), viewport);
        const { total } = await shownSlide(page);
        expect(total).toBeGreaterThan(5);
        const problems: string[] = [];
        let figures = 0;
        for (let n = 1; n <= total; n++) {
          await page.evaluate((s) => (window.location.hash = `#/present/${s}`), n);
          await slideIs(page, n);
          await drawn(page);
          const m = await measure(page);
          if (m.scrolls) problems.push(`slide ${n}: the page scrolls`);
          problems.push(...m.outside.map((o) => `slide ${n}: past the stage: ${o}`));
          problems.push(...m.smallText.map((o) => `slide ${n}: under 1/45: ${o}`));
          problems.push(...m.smallBody.map((o) => `slide ${n}: body under 1/30: ${o}`));
          if (m.figure) {
            figures += 1;
            // The same rounding allowance as the type checks: a stage scaled to an uneven height
            // (a banner above it) gives 108 × scale a hair under 1/10 in floating point.
            if (m.figure.px < m.figure.stage / 10 - 0.01)
              problems.push(
                `slide ${n}: headline figure ${m.figure.px}px under 1/10 of ${m.figure.stage}`,
              );
          }
        }
        expect(problems).toEqual([]);
        // Six headline KPIs in the fixture, each with its figure on its own slide.
        expect(figures).toBeGreaterThanOrEqual(6);
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  });

  it('moves with the keys, writes the slide in the hash, and steps back with the browser', async () => {
    const { page } = await open(link('#/present/1'));
    await page.keyboard.press('ArrowRight');
    await slideIs(page, 2);
    expect(page.url()).toMatch(/#\/present\/2$/);
    await page.keyboard.press('PageDown');
    await slideIs(page, 3);
    await page.keyboard.press('Space');
    await slideIs(page, 4);
    await page.keyboard.press('ArrowLeft');
    await slideIs(page, 3);
    await page.goBack();
    await slideIs(page, 4);
    await page.keyboard.press('End');
    const { total } = await shownSlide(page);
    await slideIs(page, total);
    await page.keyboard.press('Home');
    await slideIs(page, 1);
    await page.close();
  });

  it('shows its controls only while the pointer moves, never on a key or clicker press; f goes full screen', async () => {
    const { page } = await open(link('#/present/2', 'lang=en'));
    const opacity = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('.present-controls') ?? document.body).opacity,
      );
    const faded = () =>
      page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('.present-controls') ?? document.body).opacity ===
          '0',
        undefined,
        { timeout: 6000 },
      );
    await page.mouse.move(200, 200);
    await expect(opacity()).resolves.toBe('1');
    await faded();
    for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
      expect(await opacity(), key).toBe('0');
    }
    await page.mouse.move(300, 300);
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('.present-controls') ?? document.body).opacity ===
        '1',
    );
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.close();
  });

  describe.each([
    { viewport: { width: 1366, height: 768 } },
    { viewport: { width: 1920, height: 1080 } },
    // Taller than 16:9: the controls sit in the letterbox below the stage.
    { viewport: { width: 390, height: 844 } },
  ])('at $viewport.width × $viewport.height', ({ viewport }) => {
    it.each([
      { deck: 'the briefing', params: [] },
      { deck: 'the full deck in English', params: ['deck=full', 'lang=en'] },
    ])(
      'never lays a control over slide text, through $deck',
      async ({ params }) => {
        const { page } = await open(link('#/present/1', ...params), viewport);
        const { total } = await shownSlide(page);
        const overlaps: string[] = [];
        for (let n = 1; n <= total; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await slideIs(page, n);
          // The worst case: the pointer has just moved, so the controls show.
          await page.mouse.move(100 + (n % 7) * 10, 100);
          await drawn(page);
          overlaps.push(
            ...(await page.evaluate((slide) => {
              const controls = document.querySelector('.present-controls');
              if (!controls || getComputedStyle(controls).opacity === '0') return [];
              const strip = controls.getBoundingClientRect();
              const hits: string[] = [];
              const walker = document.createTreeWalker(
                document.querySelector('.stage .slide') ?? document.body,
                NodeFilter.SHOW_TEXT,
              );
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.textContent?.trim()) continue;
                if (node.parentElement?.closest('.visually-hidden')) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const box of range.getClientRects())
                  if (
                    box.width > 0 &&
                    box.bottom > strip.top + 0.5 &&
                    box.top < strip.bottom - 0.5 &&
                    box.right > strip.left &&
                    box.left < strip.right
                  )
                    hits.push(`slide ${slide}: "${node.textContent.trim().slice(0, 30)}"`);
              }
              return hits;
            }, n)),
          );
        }
        expect(overlaps).toEqual([]);
        await page.close();
      },
      120_000,
    );
  });

  it('opens slide 3 from a link to it', async () => {
    const { page } = await open(link('#/present/3', 'lang=en'));
    expect(await shownSlide(page)).toMatchObject({ number: 3 });
    await expect(page.locator('.slide h2').textContent()).resolves.toBe(
      'Requests to the 12345 hotline',
    );
    await page.close();
  });

  it('runs by itself with ?interval=2 and pauses while someone presses keys', async () => {
    const { page } = await open(link('#/present/1', 'interval=2'));
    await slideIs(page, 2);
    await page.keyboard.press('Shift');
    const paused = (await shownSlide(page)).number;
    await page.waitForTimeout(3500);
    expect((await shownSlide(page)).number).toBe(paused);
    await expect(page.getByText('自动翻页已暂停').count()).resolves.toBe(1);
    // Left alone, it starts again.
    await slideIs(page, paused + 1);
    await page.close();
  }, 30_000);

  it('keeps the speaker view and the slides on the same slide, whichever window moves', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const slides = await context.newPage();
    await slides.goto(`${served.url}${link('#/present/1')}`);
    await slides.locator('.slide').waitFor();
    const notes = await context.newPage();
    await notes.goto(`${served.url}${link('#/present/notes/1')}`);
    await notes.getByRole('region', { name: '讲稿' }).waitFor();
    await slides.bringToFront();
    await slides.keyboard.press('ArrowRight');
    await notes.waitForURL(/#\/present\/notes\/2$/);
    await notes.bringToFront();
    await notes.getByRole('button', { name: '下一张' }).click();
    await slides.waitForURL(/#\/present\/3$/);
    await slideIs(slides, 3);
    await context.close();
  });
});
