import { describe, expect, it } from 'vitest';
import type { ValueAxisSpec } from '../../../../src/model/chart-spec/chart-spec.ts';
import type { Metric } from '../../../../src/dataset/model.ts';
import { trendSpec } from '../../../../src/model/chart-spec/trend-spec.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

const years = [2020, 2021, 2022, 2023];
const cases = makeMetric(
  'count',
  'higher',
  [
    [2019, 150],
    [2020, 200],
    [2022, 250],
    [2023, 340000, 'atLeast'],
  ],
  '件',
  'cases_closed',
);
const spec = (metric: Metric, lang: 'zh' | 'en') =>
  trendSpec(makeDataset([metric]), metric, years, lang);

function axisOf(metric: Metric): ValueAxisSpec {
  const { drawing } = spec(metric, 'zh');
  if (drawing.kind !== 'trend') throw new Error(`drew ${drawing.kind}`);
  return drawing.axis;
}

describe('trendSpec', () => {
  it('has a stable lowercase ASCII id, the same in both languages', () => {
    expect(spec(cases, 'zh').id).toBe('trend-cases_closed');
    expect(spec(cases, 'en').id).toBe(spec(cases, 'zh').id);
  });

  it('spans the years shown, not every year of the dataset', () => {
    expect(spec(cases, 'zh')).toMatchObject({
      region: '测试区',
      updated: '2025-01-31',
      years: { from: 2020, to: 2023 },
    });
  });

  it('titles the chart with the metric, its unit, source and latest sentence with the gaps inside its span', () => {
    const gappy = makeMetric('count', 'higher', [
      [2020, 200],
      [2022, 250],
    ]);
    expect(spec(gappy, 'zh')).toMatchObject({
      title: '测试指标',
      unit: '单位：件',
      sourceLine: '来源：测试来源',
      summary: '2022年测试指标250件，较2020年（200件）增长25%，增加50件。2021年未公开。',
    });
    expect(spec(gappy, 'en')).toMatchObject({
      title: 'Test metric',
      unit: 'Unit: cases',
      sourceLine: 'Source: Test source',
      summary:
        'Test metric: 250 cases in 2022, up 25% (+50 cases) from 200 cases in 2020. Not published for 2021.',
    });
  });

  it('says so when nothing was published in the years shown', () => {
    const late = makeMetric('count', 'higher', [[2024, 1]]);
    expect(spec(late, 'zh').summary).toBe('测试指标在所选年份未公开。');
    expect(spec(late, 'en').summary).toBe('Test metric: not published in the years shown.');
  });

  it('tabulates every year shown, a gap as "not published"', () => {
    expect(spec(cases, 'zh').table).toEqual({
      columns: ['年份', '数值'],
      rows: [
        ['2020', '200件'],
        ['2021', '未公开'],
        ['2022', '250件'],
        ['2023', '34万余件'],
      ],
    });
    expect(spec(cases, 'en').table.rows[3]).toEqual(['2023', '340,000+ cases']);
  });

  it('gives raw rows with null for a gap and the qualifier kept', () => {
    const rows = spec(cases, 'en').rows;
    expect(rows.map((r) => r.value)).toEqual([200, null, 250, 340000]);
    expect(rows[1]).toMatchObject({ display: 'not published', change: null });
    expect(rows[3]).toMatchObject({ qualifier: 'atLeast', quote: '2023年340000' });
    expect(rows[2]?.change).toBe('+25% (+50 cases) vs 2020');
  });

  it('breaks the line at a gap and marks approximate figures', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 200],
      [2022, 2000, 'approx'],
      [2023, 34000, 'atLeast'],
    ]);
    const { drawing } = spec(metric, 'zh');
    expect(drawing.kind === 'trend' && drawing.points).toMatchObject([
      { year: 2020, value: 200, label: '200', meaning: 'neutral' },
      { year: 2021, value: null, label: '', meaning: 'neutral' },
      { year: 2022, value: 2000, label: '约2000', meaning: 'approximate' },
      { year: 2023, value: 34000, label: '34000余', meaning: 'approximate' },
    ]);
  });

  it('writes the labels of a chart that reaches 10万 in 万, as its ticks are', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 90000],
      [2023, 340000, 'atLeast'],
    ]);
    const { drawing } = spec(metric, 'zh');
    expect(drawing.kind === 'trend' && drawing.points.map((p) => p.label)).toEqual([
      '9万',
      '34万余',
    ]);
    expect(drawing.kind === 'trend' && drawing.axis.format(100000)).toBe('10万');
  });

  it('gives each point a tooltip: the year, the figure as published, its change', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 200],
      [2022, 250],
    ]);
    const { drawing } = spec(metric, 'zh');
    const tips = drawing.kind === 'trend' ? drawing.points.map((p) => p.tooltip) : [];
    expect(tips).toEqual([
      ['2020年', '200件', '无可比上年数据'],
      ['2021年', '未公开'],
      ['2022年', '250件', '+25%（+50件） 较2020年'],
    ]);
  });

  it('counts from zero, puts percentages up to 100 and ranks 1st at the top in whole places', () => {
    expect(axisOf(cases)).toMatchObject({ domain: [0, 400000], reversed: false, integer: false });
    const rate = makeMetric('percent', 'higher', [
      [2022, 94.12],
      [2023, 98.01],
    ]);
    expect(axisOf(rate)).toMatchObject({ domain: [90, 100], reversed: false });
    const rank = makeMetric(
      'rank',
      'lower',
      [
        [2021, 6],
        [2022, 3],
      ],
      '名',
    );
    expect(axisOf(rank)).toMatchObject({ domain: [1, 7], reversed: true, integer: true });
  });

  it('writes ticks in one unit per axis: 万 in Chinese, in full with separators in English', () => {
    const big = makeMetric('count', 'higher', [
      [2022, 1500],
      [2023, 340000],
    ]);
    const { format } = axisOf(big);
    expect([0, 1500, 340000].map(format)).toEqual(['0', '0.15万', '34万']);
    const { drawing } = spec(big, 'en');
    expect(drawing.kind === 'trend' && [0, 1500, 340000].map(drawing.axis.format)).toEqual([
      '0',
      '1,500',
      '340,000',
    ]);
  });
});
