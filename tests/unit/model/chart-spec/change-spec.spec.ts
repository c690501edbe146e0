import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../../src/dataset/model.ts';
import type { ChangeMark } from '../../../../src/model/chart-spec/chart-spec.ts';
import { changeSpec } from '../../../../src/model/chart-spec/change-spec.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

const years = [2021, 2022, 2023, 2024];
const spec = (metric: Metric, lang: 'zh' | 'en') =>
  changeSpec(makeDataset([metric]), metric, years, lang);

function marks(
  metric: Metric,
  lang: 'zh' | 'en' = 'zh',
): Pick<ChangeMark, 'value' | 'label' | 'meaning'>[] {
  const { drawing } = spec(metric, lang);
  if (drawing.kind !== 'change') throw new Error(`drew ${drawing.kind}`);
  return drawing.marks.map(({ value, label, meaning }) => ({ value, label, meaning }));
}

const cases = makeMetric(
  'count',
  'lower',
  [
    [2021, 3],
    [2022, 4],
    [2024, 2],
  ],
  '件',
  'complaints',
);
const noMark = { value: null, label: '', meaning: 'neutral' };

describe('changeSpec', () => {
  it('has a stable lowercase ASCII id, and spans the years shown', () => {
    expect(spec(cases, 'zh')).toMatchObject({
      id: 'change-complaints',
      years: { from: 2021, to: 2024 },
    });
    expect(spec(cases, 'en').id).toBe('change-complaints');
  });

  it('names the measure of each kind in the unit line', () => {
    expect([spec(cases, 'zh').title, spec(cases, 'zh').unit]).toEqual([
      '测试指标：变化',
      '单位：%（较上一公布年份）',
    ]);
    expect(spec(cases, 'en').title).toBe('Test metric: change');
    const rate = makeMetric('percent', 'higher', [
      [2022, 90],
      [2023, 95],
    ]);
    expect([spec(rate, 'zh').unit, spec(rate, 'en').unit]).toEqual([
      '单位：百分点',
      'Unit: percentage points',
    ]);
    const rank = makeMetric(
      'rank',
      'lower',
      [
        [2022, 6],
        [2023, 3],
      ],
      '名',
    );
    expect([spec(rank, 'zh').unit, spec(rank, 'en').unit]).toEqual([
      '单位：名次（正数为上升）',
      'Unit: places gained',
    ]);
  });

  it('sums up the latest published year and cites the source', () => {
    expect(spec(cases, 'zh')).toMatchObject({
      summary: '2024年测试指标2件，较2022年（4件）下降50%，减少2件。',
      sourceLine: '来源：测试来源',
    });
    expect(spec(cases, 'en').summary).toBe(
      'Test metric: 2 cases in 2024, down 50% (−2 cases) from 4 cases in 2022.',
    );
  });

  it('draws a count’s change in % to one decimal, good or bad news by which way is better', () => {
    expect(marks(cases)).toEqual([
      noMark,
      { value: 33.3, label: '+33.3%', meaning: 'bad' },
      noMark,
      { value: -50, label: '−50%（较2022年）', meaning: 'good' },
    ]);
    expect(marks(cases, 'en')[3]?.label).toBe('−50% (vs 2022)');
  });

  it('rounds a fall of a count as far from zero as an equal rise', () => {
    const fall = makeMetric('count', 'higher', [
      [2023, 2000],
      [2024, 1999],
    ]);
    const rise = makeMetric('count', 'higher', [
      [2023, 2000],
      [2024, 2001],
    ]);
    // The chart spans 2023–2024 only: its years are trimmed to the published figures.
    expect(marks(rise)[1]).toMatchObject({ value: 0.1, label: '+0.1%' });
    expect(marks(fall)[1]).toMatchObject({ value: -0.1, label: '−0.1%' });
  });

  it('draws a rate’s change in points and a neutral metric’s change as neutral', () => {
    const rate = makeMetric('percent', 'neutral', [
      [2022, 94.12],
      [2023, 98.01],
    ]);
    expect(marks(rate)[1]).toEqual({ value: 3.89, label: '+3.89个百分点', meaning: 'neutral' });
    expect(marks(rate, 'en')[1]?.label).toBe('+3.89 pp');
  });

  it('counts a rank that falls in number as places gained, in whole places', () => {
    const rank = makeMetric(
      'rank',
      'lower',
      [
        [2021, 6],
        [2022, 3],
        [2024, 5],
      ],
      '名',
    );
    expect(marks(rank).map((m) => m.value)).toEqual([null, 3, null, -2]);
    expect(marks(rank)[1]).toMatchObject({ label: '上升3位', meaning: 'good' });
    expect(marks(rank, 'en')[3]).toMatchObject({
      label: 'down 2 places (vs 2022)',
      meaning: 'bad',
    });
    const { drawing } = spec(rank, 'zh');
    expect(drawing.kind === 'change' && drawing.axis.integer).toBe(true);
  });

  it('draws no bar for the first year, from a zero base or for approximate figures', () => {
    const metric = makeMetric('count', 'higher', [
      [2021, 0],
      [2022, 7],
      [2023, 14],
      [2024, 2000, 'approx'],
    ]);
    expect(marks(metric).map((m) => m.value)).toEqual([null, null, 100, null]);
  });

  it('tabulates the change of every year, with the reason where there is none', () => {
    expect(spec(cases, 'zh').table).toEqual({
      columns: ['年份', '变化'],
      rows: [
        ['2021', '无可比上年数据'],
        ['2022', '+33.3%（+1件） 较2021年'],
        ['2023', '2023年未公布数据'],
        ['2024', '−50%（−2件） 较2022年'],
      ],
    });
    expect(spec(cases, 'en').table.rows[2]).toEqual(['2023', 'no figure for 2023']);
  });

  it('gives raw rows of the figures, null for a gap', () => {
    const rows = spec(cases, 'en').rows;
    expect(rows.map((r) => r.value)).toEqual([3, 4, null, 2]);
    expect(rows[2]).toMatchObject({ display: 'not published', change: null });
  });

  it('lists the reasons year by year when no bar can be drawn', () => {
    const rough = makeMetric('count', 'higher', [
      [2022, 1000, 'atLeast'],
      [2023, 2000, 'approx'],
    ]);
    expect(spec(rough, 'en').drawing).toEqual({
      kind: 'list',
      emphasis: 'label',
      items: [
        { label: '2022', text: 'no earlier figure to compare' },
        { label: '2023', text: 'approximate figures: direction unclear' },
      ],
    });
  });

  it('writes axis ticks as plain numbers', () => {
    const { drawing } = spec(cases, 'en');
    expect(drawing.kind === 'change' && [0, 33.3, 12000].map(drawing.axis.format)).toEqual([
      '0',
      '33.3',
      '12,000',
    ]);
  });
});
