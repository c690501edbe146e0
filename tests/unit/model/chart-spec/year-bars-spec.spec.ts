import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../../src/dataset/model.ts';
import { yearBarsSpec } from '../../../../src/model/chart-spec/year-bars-spec.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

const filed = makeMetric(
  'count',
  'higher',
  [
    [2022, 900],
    [2023, 1200],
  ],
  '件',
  'filed',
);
const heard = makeMetric('count', 'higher', [[2023, 340000, 'atLeast']], '件', 'heard');
const settled = makeMetric('count', 'higher', [[2022, 80]], '件', 'settled');
const counts = [filed, heard, settled];

function spec(metrics: Metric[], lang: 'zh' | 'en', year = 2023) {
  const built = yearBarsSpec(makeDataset(metrics), metrics, year, lang);
  if (!built) throw new Error('no chart');
  return built;
}

describe('yearBarsSpec', () => {
  it('builds nothing without metrics', () => {
    expect(yearBarsSpec(makeDataset([filed]), [], 2023, 'zh')).toBeNull();
  });

  it('has a stable lowercase ASCII id naming the year and the first metric', () => {
    expect(spec(counts, 'zh').id).toBe('year-2023-filed');
    expect(spec(counts, 'en').id).toBe('year-2023-filed');
  });

  it('spans the one year, with region and compilation date from the dataset', () => {
    expect(spec(counts, 'en')).toMatchObject({
      region: 'Test District',
      updated: '2025-01-31',
      years: { from: 2023, to: 2023 },
    });
  });

  it('titles several metrics by year and unit, and one metric by name and year', () => {
    expect(spec(counts, 'zh')).toMatchObject({ title: '2023年数据（件）', unit: '单位：件' });
    expect(spec(counts, 'en')).toMatchObject({
      title: '2023 figures (cases)',
      unit: 'Unit: cases',
    });
    expect(spec([filed], 'zh').title).toBe('测试指标（2023年）');
    expect(spec([filed], 'en').title).toBe('Test metric (2023)');
  });

  it('sums up every metric of the year, a gap included, and cites only that year’s sources', () => {
    expect(spec(counts, 'zh').summary).toBe(
      '2023年：测试指标1200件；测试指标34万余件；测试指标未公开。',
    );
    expect(spec(counts, 'en').summary).toBe(
      'In 2023: Test metric 1,200 cases; Test metric 340,000+ cases; Test metric not published.',
    );
    expect(spec(counts, 'en').sourceLine).toBe('Source: Test source');
  });

  it('tabulates one row per metric, a gap as "not published"', () => {
    expect(spec(counts, 'zh').table).toEqual({
      columns: ['指标', '2023'],
      rows: [
        ['测试指标', '1200件'],
        ['测试指标', '34万余件'],
        ['测试指标', '未公开'],
      ],
    });
    expect(spec(counts, 'en').table.columns).toEqual(['Metric', '2023']);
  });

  it('gives raw rows with null for a gap, the qualifier kept and the change', () => {
    const rows = spec(counts, 'zh').rows;
    expect(rows.map((r) => [r.metricId, r.value, r.qualifier])).toEqual([
      ['filed', 1200, 'exact'],
      ['heard', 340000, 'atLeast'],
      ['settled', null, null],
    ]);
    expect(rows[0]?.change).toBe('+33.3%（+300件） 较2022年');
  });

  it('draws a bar only for published figures, approximate ones marked', () => {
    const { drawing } = spec(counts, 'en');
    expect(drawing).toEqual({
      kind: 'bars',
      max: 'dataMax',
      bars: [
        { name: 'Test metric', value: 1200, label: '1,200 cases', meaning: 'neutral' },
        { name: 'Test metric', value: 340000, label: '340,000+ cases', meaning: 'approximate' },
      ],
    });
  });

  it('draws percentages against a full 100', () => {
    const rate = makeMetric('percent', 'higher', [[2023, 94.12]]);
    expect(spec([rate], 'zh').drawing).toMatchObject({ kind: 'bars', max: 100 });
  });

  it('lists ranks instead of drawing them, since a longer bar would read as better', () => {
    const rank = makeMetric('rank', 'lower', [[2023, 6]], '名', 'place');
    expect(spec([rank], 'zh').drawing).toEqual({
      kind: 'list',
      items: [{ label: '测试指标', text: '第6名' }],
      emphasis: 'text',
    });
    expect(spec([rank], 'en').drawing).toMatchObject({ items: [{ text: '6th' }] });
  });
});
