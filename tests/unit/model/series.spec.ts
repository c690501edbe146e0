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
    expect(defaultFocusYear(even)).toBe(2023);
  });

  it('falls back to the latest year with any figure when no year covers half', () => {
    const sparse = makeDataset([headline('a', [[2022, 1]]), headline('b', [[2024, 1]])]);
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
