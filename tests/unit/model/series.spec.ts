import { describe, expect, it } from 'vitest';
import { gapYears, latestUpTo, previousPublished, seriesOf } from '../../../src/model/series.ts';
import { planCharts } from '../../../src/model/chart-groups.ts';
import { changeAxis, changeDomain, niceCeil, valueAxis } from '../../../src/model/value-axis.ts';
import { trendSummary } from '../../../src/model/chart-spec/trend-spec.ts';
import { makeMetric } from '../make-metric.ts';

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
  it('draws a line for metrics with two or more figures in range and groups the rest by year and unit', () => {
    const single = { ...makeMetric('count', 'higher', [[2023, 5]]), id: 'single' };
    const other = { ...makeMetric('count', 'higher', [[2023, 8]]), id: 'other' };
    const plan = planCharts([metric, single, other], years);
    expect(plan.trends.map((m) => m.id)).toEqual(['m']);
    expect(plan.bars).toHaveLength(1);
    expect(plan.bars[0]?.metrics.map((m) => m.id)).toEqual(['single', 'other']);
  });

  it('treats a metric with one figure inside the chosen range as single-year', () => {
    const plan = planCharts([metric], [2023]);
    expect(plan.trends).toEqual([]);
    expect(plan.bars[0]?.year).toBe(2023);
  });
});

describe('valueAxis', () => {
  it('starts counts at zero and caps percentages at 100', () => {
    expect(valueAxis('count', [270000, 340000]).domain).toEqual([0, 'auto']);
    expect(valueAxis('percent', [94.12, 98.01]).domain).toEqual([90, 100]);
  });

  it('puts 1st place at the top of a rank axis', () => {
    expect(valueAxis('rank', [6, 3])).toEqual({ domain: [1, 7], reversed: true });
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
