import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/dataset/schema.ts';
import { basic, fileText } from '../fixtures/index.ts';
import { drawEveryChart, overflowingText } from './chart-layout.ts';
import { numberStyleProblems } from './number-style.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';
import { textOutside } from './text-fit.ts';

// What the dashboard hands a district office to put its name to, walked view by view and slide
// by slide in Chromium: one number style everywhere, no wording that calls a source wrong, and
// no text past its card, badge or slide. These are rules, not figures: they hold on the shipped
// file and on the fixture alike, whatever either says.
const FIXTURE = 'data/fixture.json';
const shipped = JSON.parse(readFileSync('public/data/dongcheng.json', 'utf8')) as DatasetFile;

interface Visit {
  params: string[];
  hash: string;
}

/** Every kind of view the file has, with the metric pages most likely to hold a hard figure. */
function viewsOf(file: DatasetFile): Visit[] {
  const years = [...new Set(file.observations.map((o) => o.year))].sort();
  const valuesOf = (id: string) => file.observations.filter((o) => o.metric === id);
  const telling = file.metrics
    .filter(
      (m) =>
        m.headline ||
        valuesOf(m.id).some(
          (o) => o.value >= 10000 || o.statedChanges?.length || o.comparableWithPrevious === false,
        ),
    )
    .map((m) => m.id);
  const counts = file.metrics.filter((m) => m.kind === 'count').map((m) => m.id);
  return [
    ...years.map((year) => ({ params: [`year=${year}`], hash: '#/' })),
    ...file.categories.map((c) => ({ params: [], hash: `#/category/${c.id}` })),
    ...telling.map((id) => ({ params: [], hash: `#/metric/${id}` })),
    ...['values', 'change', 'index'].map((reading) => ({
      params: [`reading=${reading}`],
      hash: '#/trends',
    })),
    { params: [`metrics=${counts.slice(0, 8).join(',')}`], hash: '#/trends' },
    { params: [], hash: '#/coverage' },
    { params: [], hash: '#/embed/kpis' },
    { params: [], hash: `#/embed/category/${file.categories[0]?.id ?? ''}` },
    { params: [], hash: `#/embed/metric/${telling[0] ?? ''}` },
  ];
}

/** Waits for what the view shows, then draws every chart on it. */
async function ready(page: Page) {
  await page.locator('main h2, .kpi-grid li, .embed figure, .slide').first().waitFor();
  if (await page.getByRole('figure').count()) await drawEveryChart(page);
}

/** Walks the whole deck, slide by slide, calling `check` on each once its charts are drawn. */
async function eachSlide(page: Page, check: (n: number) => Promise<string[]>) {
  await page.locator('.slide-number').waitFor();
  const total = Number(
    /\d+\D+(\d+)/.exec((await page.locator('.slide-number').textContent()) ?? '')?.[1],
  );
  const problems: string[] = [];
  for (let n = 1; n <= total; n++) {
    await page.evaluate((s) => (window.location.hash = `#/present/${s}`), n);
    await page.waitForFunction(
      (s) =>
        new RegExp(`^\\D*${s}\\D`).test(document.querySelector('.slide-number')?.textContent ?? ''),
      n,
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.slide .chart-body')].every(
        (body) => body.getAttribute('data-drawn') === 'true',
      ),
    );
    problems.push(...(await check(n)).map((p) => `slide ${n}: ${p}`));
  }
  return { total, problems };
}

describeInChromium('figures and words a district can publish, in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  const files = [
    { name: 'the shipped file', data: [] as string[], file: shipped },
    { name: 'the fixture', data: [`data=${FIXTURE}`], file: basic },
  ];

  describe.each(files)('on $name', ({ data, file }) => {
    it.each(['zh', 'en'] as const)(
      'writes every figure of every view and slide in one style, in %s',
      async (lang) => {
        const page = await served.browser.newPage({ viewport: { width: 1440, height: 900 } });
        const query = (params: string[]) => `?${[...data, `lang=${lang}`, ...params].join('&')}`;
        const problems: string[] = [];
        for (const { params, hash } of viewsOf(file)) {
          await page.goto(`${served.url}${query(params)}${hash}`);
          await ready(page);
          const found = await numberStyleProblems(page, lang);
          problems.push(...found.map((p) => `${hash} ${params.join('&')}: ${p}`));
        }
        await page.goto(`${served.url}${query(['deck=full'])}#/present/1`);
        const deck = await eachSlide(page, () => numberStyleProblems(page, lang));
        expect(deck.total).toBeGreaterThan(5);
        expect([...problems, ...deck.problems]).toEqual([]);
        await page.close();
      },
      240_000,
    );
  });

  describe.each([390, 1440, 1920])('at %i px wide', (width) => {
    it.each(['light', 'dark', 'contrast'])(
      'keeps every figure, change line and badge of the KPI cards inside its card, in zh and en, %s',
      async (theme) => {
        const page = await served.browser.newPage({ viewport: { width, height: 900 } });
        const problems: string[] = [];
        for (const { data } of files)
          for (const lang of ['zh', 'en'])
            for (const year of ['', '&year=2024']) {
              const query = [...data, `lang=${lang}`, `theme=${theme}`].join('&');
              await page.goto(`${served.url}?${query}${year}#/`);
              await page.locator('.kpi-card').first().waitFor();
              const found = await textOutside(page, '.kpi-card');
              problems.push(...found.map((p) => `${query}${year}: ${p}`));
            }
        expect(problems).toEqual([]);
        await page.close();
      },
      120_000,
    );
  });

  it.each(['light', 'dark', 'contrast'])(
    'keeps every text of every slide of the full deck inside its element and the stage, in zh and en, %s',
    async (theme) => {
      const page = await served.browser.newPage({ viewport: { width: 1920, height: 1080 } });
      for (const lang of ['zh', 'en']) {
        await page.goto(`${served.url}?lang=${lang}&theme=${theme}&deck=full#/present/1`);
        const { problems } = await eachSlide(page, async () => [
          ...(await textOutside(page, '.stage')),
          ...(await overflowingText(page, '.slide :is(h2, h3, p, li, blockquote, figcaption)')),
        ]);
        expect(problems, lang).toEqual([]);
      }
      await page.close();
    },
    240_000,
  );
});
