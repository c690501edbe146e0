import { describe, expect, it } from 'vitest';
import { metricAxis, metricSeries, seriesYear } from '../../../src/model/metric-series.ts';
import { makeMetric } from '../make-metric.ts';

describe('a metric’s series', () => {
  const metric = makeMetric('count', 'higher', [
    [2021, 100],
    [2022, 120, 'atLeast'],
    [2024, 90],
  ]);
  const remeasured = metric.observations[2];
  if (remeasured) remeasured.comparableWithPrevious = false;

  it('gives every year shown, with an explicit gap, its change and where the line breaks', () => {
    const series = metricSeries(metric, [2021, 2022, 2023, 2024]);
    expect(series.map((y) => [y.year, y.observation?.value ?? null])).toEqual([
      [2021, 100],
      [2022, 120],
      [2023, null],
      [2024, 90],
    ]);
    expect(series.map((y) => y.change.status)).toEqual([
      'noEarlier',
      'compared',
      'notPublished',
      'notComparable',
    ]);
    expect(series.map((y) => y.breakBefore)).toEqual([false, false, false, true]);
    expect(series.map((y) => y.approximate)).toEqual([false, true, false, false]);
  });

  it('works each year out once, however many views read it', () => {
    expect(seriesYear(metric, 2022)).toBe(seriesYear(metric, 2022));
    expect(metricSeries(metric, [2022])[0]?.view).toBe(seriesYear(metric, 2022).view);
  });

  it('never breaks before a metric’s first figure, whatever its flag says', () => {
    const first = makeMetric('count', 'higher', [[2023, 5]]);
    const only = first.observations[0];
    if (only) only.comparableWithPrevious = false;
    expect(seriesYear(first, 2023).breakBefore).toBe(false);
  });
});

describe('a metric’s axis, shared by its chart and its card’s sparkline', () => {
  it('runs a rank from 1st at the top to everyone ranked', () => {
    const rank = { ...makeMetric('rank', 'lower', [[2024, 6]], '名'), outOf: 16 };
    expect(metricAxis(rank)).toMatchObject({ range: [1, 16], reversed: true });
  });

  it('runs a count from zero', () => {
    const count = makeMetric('count', 'higher', [[2024, 430]]);
    expect(metricAxis(count).range[0]).toBe(0);
  });
});
