import { describe, expect, it } from 'vitest';
import { planCharts } from '../../../src/model/chart-groups.ts';
import { makeMetric } from '../make-metric.ts';

const metric = makeMetric('count', 'higher', [
  [2020, 10],
  [2023, 0],
  [2024, 12],
]);
const years = [2020, 2021, 2022, 2023, 2024];

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
