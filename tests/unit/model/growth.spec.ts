import { describe, expect, it } from 'vitest';
import { compoundGrowth } from '../../../src/model/growth.ts';
import { makeMetric } from '../make-metric.ts';

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
