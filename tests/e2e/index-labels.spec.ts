import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { drawEveryChart, type Box } from './chart-layout.ts';
import { downloadOf, openExportPanel } from './export-helpers.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The index chart of the built app, measured as Chromium draws it: its lines named at their ends
// where there is room, the names never over one another, and a legend where there is no room.
const FIXTURE = 'data/fixture.json';
const metrics = [
  'hotline_requests',
  'hotline_satisfaction_rate',
  'hotline_resolution_rate',
  'info_proactive_items',
  'legal_aid_cases',
  'pufa_events',
];
const link = (...params: string[]) =>
  `?${[`data=${FIXTURE}`, 'reading=index', `metrics=${metrics.join(',')}`, ...params].join('&')}#/trends`;

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The line-end labels' names and text boxes, and the chart surface's box. */
function labelBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      width: r.width,
      height: r.height,
    });
    const figure = document.querySelector('figure .chart-body-index');
    const surface = figure?.querySelector('.recharts-wrapper > svg.recharts-surface');
    return {
      surface: surface ? box(surface.getBoundingClientRect()) : null,
      labels: [...(figure?.querySelectorAll('[data-line-label] text') ?? [])].map((t) => ({
        name: t.textContent ?? '',
        box: box(t.getBoundingClientRect()),
      })),
      legend: [...(figure?.querySelectorAll('ul li') ?? [])].map((li) => li.textContent ?? ''),
    };
  });
}

describeInChromium('line labels on the index chart in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  async function open(params: string[], viewport: { width: number; height: number }) {
    const page = await served.browser.newPage({ viewport });
    await page.goto(`${served.url}${link(...params)}`);
    await drawEveryChart(page);
    // The chart names its lines once it has measured its box: at their ends, or in a legend.
    await page
      .locator('.chart-body-index :is([data-line-label], ul li)')
      .first()
      .waitFor()
      .catch(() => undefined);
    await page.waitForTimeout(300);
    return page;
  }

  it.each([
    { lang: 'zh', params: [] },
    { lang: 'en', params: ['lang=en'] },
    { lang: 'zh, high contrast', params: ['theme=contrast'] },
  ])(
    'names every line at its end on a wide screen, no name over another ($lang)',
    async ({ params }) => {
      const page = await open(params, { width: 1440, height: 900 });
      const { surface, labels, legend } = await labelBoxes(page);
      expect(labels).toHaveLength(5);
      expect(legend).toEqual([]);
      const touching = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => overlap(a.box, b.box))
          .map((b) => `${a.name} / ${b.name}`),
      );
      expect(touching).toEqual([]);
      const outside = labels.filter(
        ({ box }) => !surface || box.left < surface.left || box.right > surface.right + 1,
      );
      expect(outside.map((l) => l.name)).toEqual([]);
      await page.close();
    },
  );

  it('names the lines in a legend on a phone, where the labels would take the plot', async () => {
    const page = await open([], { width: 390, height: 844 });
    const { labels, legend } = await labelBoxes(page);
    expect(labels).toEqual([]);
    expect(legend).toHaveLength(5);
    await page.close();
  });

  it('names a line that stops before the last year in a legend, never led across the years it has no figure for', async () => {
    // The shipped file: 告知承诺制涉企经营事项 has no 2024 figure, the hotline rates have.
    const page = await served.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${served.url}?reading=index#/trends`);
    await drawEveryChart(page);
    await page.locator('.chart-body-index [data-line-label]').first().waitFor();
    await page.waitForTimeout(300);
    const { labels, legend } = await labelBoxes(page);
    expect(labels.map((l) => l.name).sort()).toEqual(['接诉即办满意率', '接诉即办解决率']);
    expect(legend).toEqual(['告知承诺制涉企经营事项']);
    await page.close();
  });

  it('exports the chart as an SVG with each line in its own colour and named', async () => {
    const page = await open([], { width: 1440, height: 900 });
    const figure = page.getByRole('figure', { name: '指数对比（2023年=100）' });
    await openExportPanel(figure, '导出');
    const svg = await downloadOf(page, () =>
      figure.getByRole('button', { name: '下载 SVG' }).click(),
    );
    const { strokes, texts } = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        strokes: [...doc.querySelectorAll('.recharts-line-curve')].map((p) =>
          p.getAttribute('stroke'),
        ),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svg.bytes.toString('utf8'));
    expect(strokes).toHaveLength(5);
    expect(new Set(strokes).size).toBe(5);
    for (const name of ['热线诉求满意率', '热线诉求解决率', '主动公开政府信息'])
      expect(texts).toContain(name);
    expect(texts.filter((t) => t === '普法宣传活动')).toEqual([]);
    await page.close();
  });
});
