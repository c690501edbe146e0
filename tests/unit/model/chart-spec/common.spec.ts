import { describe, expect, it } from 'vitest';
import type { Metric, StatedChange } from '../../../../src/dataset/model.ts';
import {
  chartRow,
  figureOrGap,
  markLabel,
  shownObservations,
  sourceLine,
  specFrame,
  unitLine,
} from '../../../../src/model/chart-spec/common.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

const other = { id: 'other', title: { zh: '另一来源', en: 'Another source' } };

function stating(metric: Metric, stated: Omit<StatedChange, 'qualifier'>): Metric {
  const last = metric.observations.at(-1);
  if (last) last.statedChanges = [{ qualifier: 'exact', ...stated }];
  return metric;
}

describe('the parts every chart shares', () => {
  it('takes region and compilation date from the dataset, and the span from the years shown', () => {
    const dataset = makeDataset([makeMetric('count', 'higher', [[2020, 1]])]);
    expect(specFrame(dataset, [2021, 2022, 2023], 'zh')).toEqual({
      lang: 'zh',
      region: '测试区',
      updated: '2025-01-31',
      years: { from: 2021, to: 2023 },
    });
    expect(specFrame(dataset, [2022], 'en')).toMatchObject({
      region: 'Test District',
      years: { from: 2022, to: 2022 },
    });
  });

  it('names each distinct source once in the source line', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 1],
      [2023, 2],
      [2024, 3],
    ]);
    const [a, b, c] = metric.observations;
    const observations = [a, b, c && { ...c, source: other }].filter((o) => o !== undefined);
    expect(sourceLine(observations, 'zh')).toBe('来源：测试来源；另一来源');
    expect(sourceLine(observations, 'en')).toBe('Source: Test source; Another source');
  });

  it('keeps only the observations of the years shown', () => {
    const metric = makeMetric('count', 'higher', [
      [2021, 1],
      [2022, 2],
      [2024, 4],
    ]);
    expect(shownObservations([metric], [2022, 2023, 2024]).map((o) => o.year)).toEqual([
      2022, 2024,
    ]);
  });

  it('writes the unit line, and "not published" for a gap', () => {
    const metric = makeMetric('count', 'higher', [[2023, 340000, 'atLeast']]);
    expect(unitLine(metric, 'zh')).toBe('单位：件');
    expect(unitLine(metric, 'en')).toBe('Unit: cases');
    expect(figureOrGap(null, metric, 'zh')).toBe('未公开');
    expect(figureOrGap(null, metric, 'en')).toBe('not published');
    expect(figureOrGap(metric.observations[0] ?? null, metric, 'zh')).toBe('34万余件');
    expect(figureOrGap(metric.observations[0] ?? null, metric, 'en')).toBe('340,000+ cases');
  });

  it('labels a mark with its qualifier, leaving the unit to the caption except % and places', () => {
    const label = (metric: Metric, lang: 'zh' | 'en') => {
      const o = metric.observations[0];
      return o && markLabel(o, metric, lang);
    };
    const count = makeMetric('count', 'higher', [[2023, 2000, 'approx']]);
    expect([label(count, 'zh'), label(count, 'en')]).toEqual(['约2000', 'about 2,000']);
    const rate = makeMetric('percent', 'higher', [[2023, 94.12]]);
    expect([label(rate, 'zh'), label(rate, 'en')]).toEqual(['94.12%', '94.12%']);
    const rank = makeMetric('rank', 'lower', [[2023, 6]], '名');
    expect([label(rank, 'zh'), label(rank, 'en')]).toEqual(['第6名', '6th']);
  });
});

describe('chartRow', () => {
  const metric = makeMetric('count', 'higher', [
    [2021, 200],
    [2023, 250, 'atLeast'],
  ]);

  it('gives a published year raw, with its qualifier, change, source and quote', () => {
    expect(chartRow(metric, 2023, '2023', 'zh')).toEqual({
      label: '2023',
      year: 2023,
      metricId: 'm',
      value: 250,
      qualifier: 'atLeast',
      display: '250余件',
      change: '≈ 有所增长 较2021年；约数，只示方向',
      statedChange: null,
      changeAmount: expect.objectContaining({ measure: 'direction', direction: 'up' }),
      unitWord: '件',
      source: '测试来源',
      quote: '2023年250',
    });
    expect(chartRow(metric, 2023, '2023', 'en')).toMatchObject({
      display: '250+ cases',
      change: '≈ up vs 2021; approximate figures: direction only',
      source: 'Test source',
    });
  });

  it('gives a gap as null, never zero, and says it was not published', () => {
    expect(chartRow(metric, 2022, '2022', 'zh')).toMatchObject({
      value: null,
      qualifier: null,
      display: '未公开',
      change: null,
      changeAmount: null,
      source: null,
      quote: null,
    });
    expect(chartRow(metric, 2022, '2022', 'en').display).toBe('not published');
  });

  it('carries a stated change that differs from the figures beside our own, in neutral words', () => {
    const rate = stating(
      makeMetric('percent', 'higher', [
        [2022, 94.12],
        [2023, 98.01],
      ]),
      {
        value: 3.58,
        measure: 'points',
        quote: '提高3.58个百分点',
      },
    );
    expect(chartRow(rate, 2023, '2023', 'zh')).toMatchObject({
      statedChange: '提高3.58个百分点',
      change: '+3.89个百分点 较2022年；来源表述：+3.58个百分点',
    });
    // The source's words stay verbatim in every language: they are a quote.
    expect(chartRow(rate, 2023, '2023', 'en').statedChange).toBe('提高3.58个百分点');
  });

  it('carries a stated change with no earlier figure to check it against', () => {
    const first = stating(makeMetric('count', 'lower', [[2023, 68000, 'atLeast']]), {
      value: -8,
      measure: 'percent',
      quote: '同比下降8%',
    });
    expect(chartRow(first, 2023, '2023', 'zh').statedChange).toBe('同比下降8%');
  });

  it('keeps the source’s stated change even where the figures bear it out', () => {
    const agreeing = stating(
      makeMetric('count', 'higher', [
        [2022, 200],
        [2023, 250],
      ]),
      {
        value: 25,
        measure: 'percent',
        quote: '较上年增长25%',
      },
    );
    expect(chartRow(agreeing, 2023, '2023', 'zh').statedChange).toBe('较上年增长25%');
  });
});
