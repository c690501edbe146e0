import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { compoundGrowth } from '../../../src/model/growth.ts';
import { indexSeries } from '../../../src/model/index-series.ts';
import { keyChanges } from '../../../src/model/key-changes.ts';
import { basic, fileText } from '../../fixtures/index.ts';
import { makeDataset, makeMetric } from '../make-metric.ts';

const years = [2020, 2021, 2022, 2023, 2024];

describe('compoundGrowth', () => {
  it('gives the yearly rate that turns the first figure into the last', () => {
    const growth = compoundGrowth(
      makeMetric('count', 'higher', [
        [2020, 100],
        [2022, 121],
      ]),
      years,
    );
    expect(growth).toMatchObject({ status: 'shown', rate: 0.1 });
  });

  it('is not given for rates or ranks, which move in points and places', () => {
    expect(
      compoundGrowth(
        makeMetric('percent', 'higher', [
          [2020, 90],
          [2024, 95],
        ]),
        years,
      ),
    ).toEqual({
      status: 'none',
      reason: 'kind',
    });
    expect(
      compoundGrowth(
        makeMetric('rank', 'lower', [
          [2020, 9],
          [2024, 5],
        ]),
        years,
      ),
    ).toMatchObject({ reason: 'kind' });
  });

  it('is not given over less than two years, from zero, or from approximate figures', () => {
    expect(
      compoundGrowth(
        makeMetric('count', 'higher', [
          [2023, 1],
          [2024, 2],
        ]),
        years,
      ),
    ).toMatchObject({
      reason: 'tooFewYears',
    });
    expect(
      compoundGrowth(
        makeMetric('count', 'higher', [
          [2020, 0],
          [2024, 2],
        ]),
        years,
      ),
    ).toMatchObject({
      reason: 'zeroBase',
    });
    expect(
      compoundGrowth(
        makeMetric('count', 'higher', [
          [2022, 270000, 'atLeast'],
          [2024, 335000],
        ]),
        years,
      ),
    ).toMatchObject({
      reason: 'approximate',
    });
  });

  it('uses only the years shown', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 100],
      [2022, 121],
      [2024, 200],
    ]);
    expect(compoundGrowth(metric, [2020, 2021, 2022])).toMatchObject({
      status: 'shown',
      rate: 0.1,
    });
  });
});

describe('indexSeries', () => {
  it('sets each metric to 100 in the first year they all have, leaving gaps as gaps', () => {
    const a = {
      ...makeMetric('count', 'higher', [
        [2020, 10],
        [2022, 20],
        [2023, 30],
      ]),
      id: 'a',
    };
    const b = {
      ...makeMetric('percent', 'higher', [
        [2022, 50],
        [2024, 60],
      ]),
      id: 'b',
    };
    const index = indexSeries([a, b], years);
    expect(index).toMatchObject({ status: 'shown', base: 2022 });
    if (index.status !== 'shown') return;
    expect(index.lines.map((l) => l.values)).toEqual([
      [50, null, 100, 150, null],
      [null, null, 100, null, 120],
    ]);
  });

  it('leaves ranks out and says when there is no common year', () => {
    const a = { ...makeMetric('count', 'higher', [[2020, 10]]), id: 'a' };
    const b = { ...makeMetric('count', 'higher', [[2024, 10]]), id: 'b' };
    const r = { ...makeMetric('rank', 'lower', [[2024, 3]]), id: 'r' };
    expect(indexSeries([a, b, r], years)).toMatchObject({
      status: 'none',
      reason: 'noCommonYear',
      excluded: [r],
    });
    expect(indexSeries([r], years)).toMatchObject({ status: 'none', reason: 'nothingToIndex' });
  });

  it('marks a line drawn from approximate figures', () => {
    const a = makeMetric('count', 'neutral', [
      [2022, 270000, 'atLeast'],
      [2024, 335000],
    ]);
    const index = indexSeries([a], years);
    expect(index.status === 'shown' && index.lines[0]?.approximate).toBe(true);
  });
});

describe('keyChanges', () => {
  const dataset = parseDataset(fileText(basic), 'basic.json');

  it('lists the largest improvements and declines of a year, never a neutral metric', () => {
    const { improvements, declines } = keyChanges(dataset, 2024);
    expect(improvements.length).toBeGreaterThan(0);
    expect(declines.length).toBeGreaterThan(0);
    for (const k of improvements) expect(k.change.sentiment).toBe('good');
    for (const k of declines) expect(k.change.sentiment).toBe('bad');
    const all = [...improvements, ...declines];
    expect(all.every((k) => k.metric.better !== 'neutral' || k.metric.kind === 'rank')).toBe(true);
  });

  it('puts headline KPIs first, then ranks by importance, leaving out a start from zero', () => {
    const { improvements, declines } = keyChanges(dataset, 2024);
    // +2.7 points, one place gained (counted double), +1.2 points: all headline KPIs.
    expect(improvements.map((k) => k.metric.id)).toEqual([
      'hotline_resolution_rate',
      'hotline_city_rank',
      'hotline_satisfaction_rate',
    ]);
    // 逾期答复 rose from 0 to 3: bad news, but no size can be measured from zero.
    expect(declines.map((k) => k.metric.id)).toEqual(['info_proactive_items']);
  });

  it('never lets a small count’s large percentage outrank a rate’s points', () => {
    const pages = makeMetric(
      'count',
      'higher',
      [
        [2023, 20],
        [2024, 31],
      ],
      '个',
      'pages',
    );
    const rate = makeMetric(
      'percent',
      'higher',
      [
        [2023, 94.12],
        [2024, 98.01],
      ],
      '%',
      'rate',
    );
    const ranked = keyChanges(makeDataset([pages, rate]), 2024).improvements;
    expect(ranked.map((k) => k.metric.id)).toEqual(['rate', 'pages']);
  });

  it('finds nothing for a year without comparable figures', () => {
    expect(keyChanges(dataset, 2020)).toEqual({ improvements: [], declines: [] });
  });
});
