import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { chartLayouts, drawEveryChart, overflowingText, type ChartLayout } from './chart-layout.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// Whether people can read what the built dashboard shows: on a phone, on a projector, by
// pointer and by keyboard. Every figure is the fixture's (tests/fixtures/basic.json).
const FIXTURE = 'data/fixture.json';
const PHONE = { width: 390, height: 844 };
const PROJECTOR = { width: 1920, height: 1080 };

/** `?data=…&lang=en&reading=change#/trends`: the query before the hash, as the app reads it. */
function link(hash: string, ...params: string[]) {
  return `?${[`data=${FIXTURE}`, ...params].join('&')}${hash}`;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/** What is wrong with a chart on a phone, in words and measured pixels; empty when nothing is. */
function phoneProblems(chart: ChartLayout): string[] {
  const { title, surface, plotWidth, yAxisWidth } = chart;
  const problems: string[] = [];
  if (plotWidth < 0.6 * surface.width)
    problems.push(`${title}: plot ${px(plotWidth)} wide, under 60% of ${px(surface.width)}`);
  if (yAxisWidth > surface.width / 4)
    problems.push(`${title}: y-axis ${px(yAxisWidth)} wide, over 1/4 of ${px(surface.width)}`);
  for (const { text, box } of chart.textOutside)
    problems.push(
      `${title}: "${text}" spans x ${px(box.left)}–${px(box.right)}, y ${px(box.top)}–${px(box.bottom)} of a ${px(surface.width)}×${px(surface.height)} chart`,
    );
  return problems;
}

interface Visit {
  link: string;
  errors: string[];
  requests: string[];
}

const phoneViews = [
  { view: 'the overview', hash: '#/', params: [] },
  { view: 'the hotline category', hash: '#/category/hotline', params: [] },
  { view: 'the transparency category', hash: '#/category/transparency', params: [] },
  { view: 'the legal-services category', hash: '#/category/legal_services', params: [] },
  { view: 'trends by value', hash: '#/trends', params: ['reading=values'] },
  { view: 'trends by change on the year before', hash: '#/trends', params: ['reading=change'] },
  { view: 'trends as an index', hash: '#/trends', params: ['reading=index'] },
];

describeInChromium('legibility of the built dashboard in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });
  const visits: Visit[] = [];

  /** Opens a link, noting its console errors and every URL it asks for, for the last spec. */
  async function open(target: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await served.browser.newPage({ viewport });
    const visit: Visit = { link: target, errors: [], requests: [] };
    visits.push(visit);
    page.on('console', (m) => m.type() === 'error' && visit.errors.push(m.text()));
    page.on('pageerror', (e) => visit.errors.push(e.message));
    page.on('request', (r) => visit.requests.push(r.url()));
    await page.goto(`${served.url}${target}`);
    return page;
  }

  describe.each([
    { lang: 'zh', params: [] },
    { lang: 'en', params: ['lang=en'] },
  ])('on a 390 × 844 phone, in $lang', ({ params: langParams }) => {
    it.each(phoneViews)(
      'gives every chart on $view a wide plot, a narrow y-axis and unclipped labels, and every card its text',
      async ({ hash, params }) => {
        const page = await open(link(hash, ...langParams, ...params), PHONE);
        const drawn = await drawEveryChart(page);
        const charts = await chartLayouts(page);
        expect(drawn).toBeGreaterThan(0);
        expect(charts).toHaveLength(drawn);
        expect(charts.flatMap(phoneProblems)).toEqual([]);
        expect(await overflowingText(page, '.kpi-card *, .fact *')).toEqual([]);
        await page.close();
      },
    );
  });

  describe('tooltips', () => {
    const yearIn = (text: string | null) => Number(/(\d{4})年/.exec(text ?? '')?.[1] ?? NaN);

    it('shows the year and the figure with its unit when the pointer is over a year', async () => {
      const page = await open(link('#/metric/hotline_satisfaction_rate'));
      const figure = page.getByRole('figure', { name: '热线诉求满意率' });
      const surface = figure.locator('.recharts-wrapper > svg.recharts-surface');
      await surface.waitFor();
      const tick = await figure
        .locator('.recharts-xAxis-tick-labels text', { hasText: '2024' })
        .boundingBox();
      const box = await surface.boundingBox();
      if (!tick || !box) throw new Error('the chart has no 2024 tick or no box');
      await page.mouse.move(tick.x + tick.width / 2, box.y + box.height / 2);
      const tooltip = figure.locator('.chart-tooltip');
      await tooltip.waitFor();
      const text = await tooltip.textContent();
      expect(text).toContain('2024年');
      expect(text).toContain('95.3%');
      await page.close();
    });

    it('walks the years with the arrow keys once Tab has reached the chart', async () => {
      const page = await open(link('#/metric/hotline_satisfaction_rate'));
      const figure = page.getByRole('figure', { name: '热线诉求满意率' });
      const wrapper = figure.locator('.recharts-wrapper');
      await wrapper.locator('svg.recharts-surface').waitFor();
      const chartHasFocus = () =>
        wrapper.evaluate(
          (w) => document.activeElement !== null && w.contains(document.activeElement),
        );
      let presses = 0;
      while (!(await chartHasFocus()) && presses < 60) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect(await chartHasFocus()).toBe(true);
      // Recharts makes its svg surface the one focusable element of the chart.
      expect(
        await page.evaluate(() => document.activeElement?.matches('svg.recharts-surface')),
      ).toBe(true);

      const tooltip = figure.locator('.chart-tooltip');
      const shownYear = async () =>
        (await tooltip.count()) ? yearIn(await tooltip.textContent()) : NaN;
      await page.keyboard.press('ArrowRight');
      await tooltip.waitFor();
      const first = await shownYear();
      expect(first).toBeGreaterThanOrEqual(2022);
      expect(await tooltip.textContent()).toMatch(/\d%/);
      await page.keyboard.press('ArrowRight');
      await expect.poll(shownYear).toBeGreaterThan(first);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(shownYear).toBe(first);
      await page.close();
    });
  });

  it('names each view in the window title and the region and focus year in the header', async () => {
    const page = await open(link('#/'));
    const identity = page.getByRole('banner').getByText('示例市示例区 · 2024年', { exact: true });
    const nav = page.getByRole('navigation', { name: '类别' });
    await expect.poll(() => page.title()).toContain('总览');
    expect(await identity.isVisible()).toBe(true);

    await page
      .getByRole('region', { name: '核心指标 · 2024年' })
      .getByRole('link', { name: '热线诉求满意率' })
      .click();
    await expect.poll(() => page.title()).toMatch(/^热线诉求满意率/);
    expect(await identity.isVisible()).toBe(true);

    await nav.getByRole('link', { name: '趋势', exact: true }).click();
    await expect.poll(() => page.title()).toContain('趋势对比');
    expect(await identity.isVisible()).toBe(true);

    await nav.getByRole('link', { name: '数据覆盖', exact: true }).click();
    await expect.poll(() => page.title()).toContain('数据覆盖');
    expect(await identity.isVisible()).toBe(true);
    await page.close();
  });

  describe('on a 1920 × 1080 projector in the high-contrast theme', () => {
    /** Each element's computed font size in px, with its tag, class and first words. */
    const fontSizes = (page: Page, selector: string) =>
      page.locator(selector).evaluateAll((elements) =>
        elements.map((e) => ({
          what: `<${e.tagName.toLowerCase()} class="${e.className}"> "${e.textContent?.slice(0, 20)}…"`,
          size: parseFloat(getComputedStyle(e).fontSize),
        })),
      );
    const under = (sizes: { what: string; size: number }[], min: number) =>
      sizes.filter(({ size }) => size < min).map(({ what, size }) => `${what}: ${px(size)}`);

    it('sets the body text at 20px or more: KPI source lines and page introductions', async () => {
      const overview = await open(link('#/', 'theme=contrast'), PROJECTOR);
      await overview.getByRole('region', { name: '核心指标 · 2024年' }).waitFor();
      const sources = await fontSizes(overview, 'main .kpi-source');
      await overview.close();
      const trends = await open(link('#/trends', 'theme=contrast'), PROJECTOR);
      await trends.getByRole('heading', { name: '趋势对比' }).waitFor();
      const intro = await fontSizes(trends, 'main .page-head p');
      await trends.close();
      expect(sources).toHaveLength(6);
      expect(intro).toHaveLength(1);
      expect(under([...sources, ...intro], 20)).toEqual([]);
    });

    it('sets chart text at 16px or more and draws trend charts 320px tall or more', async () => {
      for (const target of [link('#/', 'theme=contrast'), link('#/trends', 'theme=contrast')]) {
        const page = await open(target, PROJECTOR);
        await drawEveryChart(page);
        const charts = await chartLayouts(page);
        expect(charts.filter((c) => c.kind === 'trend').length).toBeGreaterThan(0);
        const small = charts.flatMap((c) =>
          c.fontSizes.filter((size) => size < 16).map((size) => `${c.title}: ${px(size)} text`),
        );
        expect(small).toEqual([]);
        const short = charts
          .filter((c) => c.kind === 'trend' && c.surface.height < 320)
          .map((c) => `${c.title}: ${px(c.surface.height)} tall`);
        expect(short).toEqual([]);
        await page.close();
      }
    });

    it('spreads the content over at least 1700px of the width', async () => {
      const page = await open(link('#/', 'theme=contrast'), PROJECTOR);
      await page.getByRole('region', { name: '核心指标 · 2024年' }).waitFor();
      const width = await page.locator('main').evaluate((main) => {
        const style = getComputedStyle(main);
        return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      });
      expect(width).toBeGreaterThanOrEqual(1700);
      await page.close();
    });
  });

  // Runs last: it reads what every visit above logged and asked for.
  it('asks nothing of any other host and logs no console error on any of these visits', () => {
    expect(visits.length).toBeGreaterThan(0);
    const origin = new URL(served.url).origin;
    const foreign = visits.flatMap((v) =>
      v.requests.filter((r) => new URL(r).origin !== origin).map((r) => `${v.link}: ${r}`),
    );
    expect(foreign).toEqual([]);
    expect(visits.flatMap((v) => v.errors.map((e) => `${v.link}: ${e}`))).toEqual([]);
  });
});
