import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../../src/dataset/model.ts';
import type { ChartSpec } from '../../../../src/model/chart-spec/chart-spec.ts';
import { indexSpec } from '../../../../src/model/chart-spec/index-spec.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

const years = [2021, 2022, 2023, 2024];
const filed = makeMetric(
  'count',
  'higher',
  [
    [2021, 50],
    [2022, 200],
    [2023, 250],
    [2024, 300],
  ],
  '件',
  'filed',
);
const heard = makeMetric(
  'count',
  'higher',
  [
    [2022, 1000, 'atLeast'],
    [2024, 1500],
  ],
  '件',
  'heard',
);
const place = makeMetric('rank', 'lower', [[2022, 6]], '名', 'place');

function shown(metrics: Metric[], lang: 'zh' | 'en'): ChartSpec {
  const chart = indexSpec(makeDataset(metrics), metrics, years, lang);
  if (chart.status !== 'shown') throw new Error(chart.notes.join(' '));
  return chart.spec;
}

describe('indexSpec', () => {
  it('indexes every line to the first year they all have, named in title and unit', () => {
    const spec = shown([filed, heard], 'zh');
    expect(spec).toMatchObject({
      id: 'trends-index',
      title: '指数对比（2022年=100）',
      unit: '单位：指数，2022年=100',
      years: { from: 2021, to: 2024 },
      region: '测试区',
    });
    expect(shown([filed, heard], 'en')).toMatchObject({
      id: 'trends-index',
      title: 'Index (2022 = 100)',
      unit: 'Unit: index, 2022 = 100',
    });
    expect(spec.drawing).toMatchObject({ kind: 'index', base: 2022, years });
  });

  it('leaves a gap where a year was not published, and marks approximate lines', () => {
    const { drawing } = shown([filed, heard], 'zh');
    expect(drawing.kind === 'index' && drawing.lines).toEqual([
      { key: 'filed', name: '测试指标', values: [25, 100, 125, 150], meaning: 'neutral' },
      { key: 'heard', name: '测试指标 ≈', values: [null, 100, null, 150], meaning: 'approximate' },
    ]);
  });

  it('notes the approximate lines and the ranks left out', () => {
    expect(shown([filed, heard, place], 'zh').notes).toEqual([
      '虚线（≈）表示由约数（“余”“约”）算出的指数，仅供参考。',
      '名次不计算指数，未列入：测试指标。',
    ]);
    expect(shown([filed, place], 'en').notes).toEqual([
      'Ranks have no index and are left out: Test metric.',
    ]);
    expect(shown([filed], 'en').notes).toEqual([]);
  });

  it('sums up the last year in a sentence and tabulates each line, a gap as "not published"', () => {
    const spec = shown([filed, heard], 'en');
    expect(spec.summary).toBe('With 2022 = 100, in 2024: Test metric 150, Test metric 150.');
    expect(shown([filed, heard], 'zh').summary).toBe(
      '以2022年为100，2024年测试指标为150、测试指标为150。',
    );
    expect(spec.table).toEqual({
      columns: ['Metric', '2021', '2022', '2023', '2024'],
      rows: [
        ['Test metric', '25', '100', '125', '150'],
        ['Test metric', 'not published', '100', 'not published', '150'],
      ],
    });
    expect(shown([filed, heard], 'zh').table.rows[1]).toEqual([
      '测试指标',
      '未公开',
      '100',
      '未公开',
      '150',
    ]);
    expect(spec.sourceLine).toBe('Source: Test source');
  });

  it('gives raw rows of index values, with the qualifier, source and quote of the figure', () => {
    const rows = shown([filed, heard], 'zh').rows.filter((r) => r.metricId === 'heard');
    expect(rows.map((r) => [r.year, r.value, r.qualifier, r.display])).toEqual([
      [2021, null, null, '未公开'],
      [2022, 100, 'atLeast', '100'],
      [2023, null, null, '未公开'],
      [2024, 150, 'exact', '150'],
    ]);
    expect(rows[1]).toMatchObject({ source: '测试来源', quote: '2022年1000', change: null });
  });

  it('formats axis ticks to one decimal', () => {
    const { drawing } = shown([filed], 'en');
    expect(drawing.kind === 'index' && [100, 133.333, 1234.56].map(drawing.axis.format)).toEqual([
      '100',
      '133.3',
      '1,234.6',
    ]);
  });

  it('draws nothing, and says why, when no metric has two figures', () => {
    const late = makeMetric('count', 'higher', [[2023, 5]], '件', 'late');
    const early = makeMetric('count', 'higher', [[2021, 5]], '件', 'early');
    expect(indexSpec(makeDataset([late, early]), [late, early], years, 'zh')).toEqual({
      status: 'none',
      notes: [
        '所选指标都画不成指数线：每条线需要同一口径下的两个数据。',
        '测试指标、测试指标在所选年份只有一个数据，连不成线，未画出。',
      ],
    });
  });

  it('draws only the lines it can, naming the rest under the chart with the reason', () => {
    const pair = (id: string) =>
      makeMetric(
        'count',
        'higher',
        [
          [2021, 10],
          [2022, 12],
        ],
        '件',
        id,
      );
    const later = {
      ...makeMetric(
        'count',
        'higher',
        [
          [2023, 5],
          [2024, 6],
        ],
        '件',
        'later',
      ),
      name: { zh: '后来的指标', en: 'A later metric' },
    };
    const lone = makeMetric('count', 'higher', [[2022, 5]], '件', 'lone');
    const spec = shown([pair('a'), pair('b'), later, lone], 'en');
    expect(spec.drawing.kind === 'index' && spec.drawing.lines.map((l) => l.key)).toEqual([
      'a',
      'b',
    ]);
    expect(spec.notes).toEqual([
      'Not drawn, only one figure in the years shown: Test metric.',
      'Not drawn, no figure for the base year 2021: A later metric.',
    ]);
  });

  it('draws nothing for ranks alone, noting they were left out', () => {
    expect(indexSpec(makeDataset([place]), [place], years, 'en')).toEqual({
      status: 'none',
      notes: [
        'The chosen metrics are all ranks, which have no index.',
        'Ranks have no index and are left out: Test metric.',
      ],
    });
  });
});
