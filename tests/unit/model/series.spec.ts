import { describe, expect, it } from 'vitest';
import {
  dataSpan,
  defaultFocusYear,
  focusYear,
  gapYears,
  latestUpTo,
  orderedRange,
  previousPublished,
  publishedYears,
  seriesOf,
  visibleYears,
} from '../../../src/model/series.ts';
import { planCharts } from '../../../src/model/chart-groups.ts';
import {
  changeAxis,
  changeDomain,
  niceAxis,
  niceCeil,
  valueAxis,
} from '../../../src/model/value-axis.ts';
import { trendSummary } from '../../../src/model/chart-spec/trend-spec.ts';
import { makeDataset, makeMetric } from '../make-metric.ts';

const metric = makeMetric('count', 'higher', [
  [2020, 10],
  [2023, 0],
  [2024, 12],
]);
const years = [2020, 2021, 2022, 2023, 2024];

describe('series', () => {
  it('keeps unpublished years as null, and a published zero as zero', () => {
    const values = seriesOf(metric, years).map((p) => p.observation?.value ?? null);
    expect(values).toEqual([10, null, null, 0, 12]);
  });

  it('lists the gap years', () => {
    expect(gapYears(metric, years)).toEqual([2021, 2022]);
  });

  it('finds the previous published year across a gap', () => {
    expect(previousPublished(metric, 2023)?.year).toBe(2020);
    expect(latestUpTo(metric, 2022)?.year).toBe(2020);
  });

  it('describes the chart by its latest year and the years not published', () => {
    expect(trendSummary(metric, years, 'zh')).toBe(
      '2024年测试指标12件，较上年（0件）增加12件。2021、2022年未公开。',
    );
    expect(trendSummary(metric, years, 'en')).toBe(
      'Test metric: 12 cases in 2024, up 12 cases from 0 cases in 2023. Not published for 2021 and 2022.',
    );
    expect(trendSummary(metric, [2021, 2022], 'zh')).toBe('测试指标在所选年份未公开。');
  });
});

describe('planCharts', () => {
  it('draws one chart per metric with two or more figures in range, and a fact tile for each single figure', () => {
    const single = { ...makeMetric('count', 'higher', [[2023, 5]]), id: 'single' };
    const other = { ...makeMetric('count', 'higher', [[2023, 8]]), id: 'other' };
    const plan = planCharts([metric, single, other], years);
    expect(plan.trends.map((m) => m.id)).toEqual(['m']);
    expect(plan.facts.map((m) => m.id)).toEqual(['single', 'other']);
  });

  it('treats a metric with one figure inside the chosen range as a fact', () => {
    const plan = planCharts([metric], [2023]);
    expect(plan.trends).toEqual([]);
    expect(plan.facts).toEqual([metric]);
  });
});

describe('valueAxis', () => {
  it('runs a rank axis from 1st at the top to the number ranked', () => {
    expect(valueAxis('rank', [6], 16)).toEqual({
      domain: [1, 16],
      reversed: true,
      ticks: [1, 5, 9, 13, 16],
    });
    expect(valueAxis('rank', [3], 6).ticks).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('starts counts at zero with round ticks, and caps percentages at 100', () => {
    expect(valueAxis('count', [270000, 340000])).toMatchObject({
      domain: [0, 400000],
      ticks: [0, 100000, 200000, 300000, 400000],
    });
    expect(valueAxis('percent', [94.12, 98.01]).domain).toEqual([90, 100]);
  });

  it('puts 1st place at the top of a rank axis', () => {
    expect(valueAxis('rank', [6, 3])).toMatchObject({ domain: [1, 7], reversed: true });
  });
});

describe('change axis', () => {
  it('ends at readable numbers on the sides the changes reach', () => {
    expect(changeDomain([-40.4, -7.9, null])).toEqual([-50, 0]);
    expect(changeDomain([3.89])).toEqual([0, 5]);
    expect(changeDomain([-3, 12])).toEqual([-5, 20]);
    expect(niceCeil(0.3)).toBe(0.5);
  });
});

describe('change axis ticks', () => {
  it('steps by nice numbers through zero', () => {
    expect(changeAxis([-40.4, -7.9])).toEqual({ domain: [-50, 0], ticks: [-40, -20, 0] });
    expect(changeAxis([3.89]).ticks).toEqual([0, 2, 4]);
  });
});

describe('dataSpan', () => {
  it('trims the years shown to the first and last published figure, keeping gaps between', () => {
    const metric = makeMetric('count', 'higher', [
      [2021, 1],
      [2023, 2],
    ]);
    expect(dataSpan(metric, [2019, 2020, 2021, 2022, 2023, 2024])).toEqual([2021, 2022, 2023]);
  });
});

describe('the focus year and the range', () => {
  const headline = (id: string, figures: [number, number][]) => ({
    ...makeMetric('count', 'higher', figures, '件', id),
    headline: true,
  });
  const dataset = makeDataset([
    headline('a', [
      [2022, 1],
      [2023, 2],
      [2024, 3],
    ]),
    headline('b', [
      [2022, 1],
      [2023, 2],
    ]),
    headline('c', [[2023, 1]]),
    makeMetric('count', 'higher', [[2020, 5]], '件', 'd'),
  ]);
  dataset.years = [2020, 2021, 2022, 2023, 2024];

  it('lands on the latest year in which more than half of the headline KPIs are published', () => {
    // 2024 has one of three headline figures; 2023 has all three.
    expect(defaultFocusYear(dataset)).toBe(2023);
  });

  it('passes over a year in which exactly half of the headline KPIs are published', () => {
    // 2024: two of four headline figures, half and no more; 2023: three of four.
    const even = makeDataset([
      headline('a', [
        [2023, 1],
        [2024, 2],
      ]),
      headline('b', [
        [2023, 1],
        [2024, 2],
      ]),
      headline('c', [[2023, 1]]),
      headline('d', [[2022, 1]]),
    ]);
    even.years = [2022, 2023, 2024];
    expect(defaultFocusYear(even)).toBe(2023);
  });

  it('falls back to the latest year with any figure when no year covers half', () => {
    const sparse = makeDataset([headline('a', [[2022, 1]]), headline('b', [[2024, 1]])]);
    sparse.years = [2022, 2023, 2024];
    expect(defaultFocusYear(sparse)).toBe(2024);
  });

  it('offers only years with at least one figure, and ignores a link’s year without any', () => {
    expect(publishedYears(dataset)).toEqual([2020, 2022, 2023, 2024]);
    expect(focusYear(dataset, 2021)).toBe(2023);
    expect(focusYear(dataset, 2024)).toBe(2024);
  });

  it('reads a reversed range as the same years', () => {
    expect(orderedRange(2024, 2020)).toEqual({ from: 2020, to: 2024 });
    expect(visibleYears(dataset, 2024, 2022)).toEqual([2022, 2023, 2024]);
  });
});

describe('niceAxis', () => {
  it('spans the values and the anchor with round ticks', () => {
    expect(niceAxis([79.4, 98.5, 104.1], 100)).toEqual({
      domain: [70, 110],
      ticks: [70, 80, 90, 100, 110],
    });
  });
});
