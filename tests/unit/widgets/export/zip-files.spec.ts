import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { factSpec } from '../../../../src/model/chart-spec/fact-spec.ts';
import { trendSpec } from '../../../../src/model/chart-spec/trend-spec.ts';
import { loadCatalogue } from '../../../../src/i18n/load-catalogue.ts';
import { zipFiles } from '../../../../src/widgets/export/zip-charts.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';
import { parseCsv } from '../../../e2e/export-helpers.ts';

const trendMetric = makeMetric(
  'count',
  'higher',
  [
    [2022, 200],
    [2023, 250],
    [2024, 300],
  ],
  '件',
  'jsjb_requests',
);
const factMetric = makeMetric('percent', 'higher', [[2024, 99]], '%', 'filing_rate');
const dataset = makeDataset([trendMetric, factMetric]);
const years = [2022, 2023, 2024];
// Page order: the trend first, then the fact, as the page would list them.
const specsIn = (lang: 'zh' | 'en') => {
  const fact = factSpec(dataset, factMetric, years, lang);
  if (!fact) throw new Error('the fact chart is missing');
  return [trendSpec(dataset, trendMetric, years, lang), fact];
};

const headline = { ...trendMetric, headline: true };
const overviewDataset = makeDataset([headline, factMetric]);

/** The ZIP of a page in `lang`; `overview` adds the headline KPIs' scoreboard and cards first. */
async function zipOf(lang: 'zh' | 'en', overview = false) {
  await loadCatalogue('en');
  const specs = specsIn(lang);
  const kpis = overview ? { dataset: overviewDataset, year: 2024, lang } : null;
  const titles = {
    zh: new Map(specsIn('zh').map((s) => [s.id, s.title])),
    en: new Map(specsIn('en').map((s) => [s.id, s.title])),
  };
  const files = zipFiles({ specs, kpis }, [], titles, strToU8);
  const text = (name: string) => {
    const entry = files[name];
    const bytes = Array.isArray(entry) ? entry[0] : entry;
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(decoded.startsWith('\uFEFF')).toBe(true);
    return decoded.slice(1);
  };
  return { specs, names: Object.keys(files), text };
}

describe('zipFiles', () => {
  it('keeps two charts whose ids differ only in characters a file name cannot hold', async () => {
    await loadCatalogue('en');
    const [first] = specsIn('zh');
    if (!first) throw new Error('the trend chart is missing');
    // "a.b" and "a-b" are both "a-b" in a file name: neither may be dropped.
    const twins = [
      { ...first, id: 'trend-a.b' },
      { ...first, id: 'trend-a-b' },
    ];
    const titles = { zh: new Map<string, string>(), en: new Map<string, string>() };
    const names = Object.keys(zipFiles({ specs: twins, kpis: null }, [], titles, strToU8));
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('.csv') && /^\d\d-trend/.test(n))).toHaveLength(2);
  });

  it('numbers the charts in page order, so that sorting the names keeps that order', async () => {
    const { specs, names } = await zipOf('zh');
    const charts = names.filter((n) => /^\d\d-/.test(n) && !n.startsWith('00-'));
    expect(charts).toEqual([
      `01-${specs[0]?.id}-2022-2024.png`,
      `01-${specs[0]?.id}-2022-2024.csv`,
      `02-${specs[1]?.id}-2024-2024.png`,
      `02-${specs[1]?.id}-2024-2024.csv`,
    ]);
    expect(charts[0]).toBe('01-trend-jsjb_requests-2022-2024.png');
    const sorted = [...names].sort();
    expect(sorted.filter((n) => charts.includes(n)).map((n) => n.slice(0, 2))).toEqual([
      '01',
      '01',
      '02',
      '02',
    ]);
    expect(names.every((n) => /^[a-z0-9_.-]+$/.test(n))).toBe(true);
  });

  it('lists every other file in index.csv with its title in zh and en, unit and source', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { names, text } = await zipOf(lang);
      const [head, ...rows] = parseCsv(text('index.csv'));
      expect(head).toEqual(
        lang === 'zh'
          ? ['文件', '标题（中文）', '标题（英文）', '单位', '来源']
          : ['File', 'Title (Chinese)', 'Title (English)', 'Unit', 'Source'],
      );
      expect(rows.map((r) => r[0]).sort()).toEqual(names.filter((n) => n !== 'index.csv').sort());
      const trend = rows.find((r) => r[0] === '01-trend-jsjb_requests-2022-2024.png');
      expect(trend?.[1]).toMatch(/测试指标/);
      expect(trend?.[2]).toMatch(/Test metric/);
      expect(trend?.[3]).toBe(lang === 'zh' ? '件' : 'cases');
      expect(trend?.[4]).toMatch(lang === 'zh' ? /测试来源/ : /Test source/);
    }
  });

  it('puts the scoreboard and the KPI cards first on the overview, then the charts from 03', async () => {
    const { specs, names } = await zipOf('zh', true);
    expect(names).toEqual([
      '00-all-charts.csv',
      '01-scoreboard.png',
      '02-kpi-cards.png',
      `03-${specs[0]?.id}-2022-2024.png`,
      `03-${specs[0]?.id}-2022-2024.csv`,
      `04-${specs[1]?.id}-2024-2024.png`,
      `04-${specs[1]?.id}-2024-2024.csv`,
      'index.csv',
    ]);
    // A file browser's sort is the page's order (a chart's CSV and PNG share their number).
    const number = (name: string) => name.split('-')[0];
    expect([...names].sort().map(number)).toEqual(names.map(number));
    expect(names.every((n) => /^[a-z0-9_.-]+$/.test(n))).toBe(true);
  });

  it('lists every file of the overview once in index.csv, in zh and en', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { names, text } = await zipOf(lang, true);
      const [, ...rows] = parseCsv(text('index.csv'));
      const files = rows.map((r) => r[0]);
      expect(files).toEqual(names.filter((n) => n !== 'index.csv'));
      expect(new Set(files).size).toBe(files.length);
      for (const row of rows) {
        expect(row[1]).toMatch(/[\u4e00-\u9fff]/);
        expect(row[2]).toMatch(/[A-Za-z]/);
        expect(row[2]).not.toMatch(/[\u4e00-\u9fff]/);
      }
      const scoreboard = rows.find((r) => r[0] === '01-scoreboard.png');
      expect(scoreboard?.slice(1, 4)).toEqual([
        '核心指标计数（2024年）',
        'Headline KPIs by standing, 2024',
        '',
      ]);
      expect(scoreboard?.[4]).toMatch(lang === 'zh' ? /测试来源/ : /Test source/);
      expect(rows.find((r) => r[0] === '02-kpi-cards.png')?.[2]).toBe('Headline KPI cards, 2024');
    }
  });

  it('adds one CSV of every chart, a row per chart and year', async () => {
    const { text } = await zipOf('en');
    const [head, ...rows] = parseCsv(text('00-all-charts.csv'));
    expect(head?.slice(0, 3)).toEqual(['Chart', 'Year', 'Metric']);
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ['2022', '200'],
      ['2023', '250'],
      ['2024', '300'],
      ['2024', '99'],
    ]);
  });
});
