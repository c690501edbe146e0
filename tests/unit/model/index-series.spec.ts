import { describe, expect, it } from 'vitest';
import { indexSeries } from '../../../src/model/index-series.ts';
import { makeMetric } from '../make-metric.ts';

const years = [2020, 2021, 2022, 2023, 2024];

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

  it('takes the base that draws the most lines, and names each metric left without one, with why', () => {
    const id = (metric: ReturnType<typeof makeMetric>, name: string) => ({ ...metric, id: name });
    const twoYears = id(
      makeMetric('count', 'higher', [
        [2022, 10],
        [2023, 20],
      ]),
      'two',
    );
    const alsoTwo = id(
      makeMetric('percent', 'higher', [
        [2022, 50],
        [2024, 60],
      ]),
      'alsoTwo',
    );
    const lateOnly = id(
      makeMetric('count', 'higher', [
        [2023, 5],
        [2024, 6],
      ]),
      'late',
    );
    const zeroAtBase = id(
      makeMetric('count', 'lower', [
        [2020, 4],
        [2022, 0],
      ]),
      'zero',
    );
    const single = id(makeMetric('count', 'higher', [[2022, 7]]), 'single');
    const none = id(makeMetric('count', 'higher', []), 'none');
    const redefined = {
      ...id(
        makeMetric('count', 'higher', [
          [2022, 7],
          [2023, 9],
        ]),
        'redefined',
      ),
    };
    redefined.observations = redefined.observations.map((o) =>
      o.year === 2023 ? { ...o, comparableWithPrevious: false } : o,
    );
    const index = indexSeries(
      [twoYears, alsoTwo, lateOnly, zeroAtBase, single, none, redefined],
      years,
    );
    expect(index).toMatchObject({ status: 'shown', base: 2022 });
    if (index.status !== 'shown') return;
    expect(index.lines.map((l) => l.metric.id)).toEqual(['two', 'alsoTwo']);
    expect(index.undrawn.map((u) => [u.metric.id, u.reason])).toEqual([
      ['late', 'notInBase'],
      ['zero', 'zeroInBase'],
      ['single', 'oneFigure'],
      ['none', 'noFigures'],
      ['redefined', 'redefined'],
    ]);
  });
});
