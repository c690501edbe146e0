import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  coverageRow,
  coverageTable,
  publishedYearCount,
  tooFewYearsForTrend,
} from '../../../src/model/coverage.ts';
import { makeDataset, makeMetric } from '../make-metric.ts';

const years = [2020, 2021, 2022, 2023];
const exact = makeMetric('count', 'higher', [
  [2020, 10],
  [2023, 0],
]);
const rough = makeMetric(
  'count',
  'higher',
  [
    [2022, 1000, 'atLeast'],
    [2023, 1800, 'approx'],
  ],
  '件',
  'rough',
);
const once = makeMetric('percent', 'higher', [[2023, 93.5]], '%', 'once');

describe('coverage', () => {
  it('tells a published figure, an approximate one and a missing year apart', () => {
    const [exactFigure] = exact.observations;
    const [atLeast, approx] = rough.observations;
    expect(coverageOf(exactFigure ?? null)).toBe('published');
    expect(coverageOf(atLeast ?? null)).toBe('approximate');
    expect(coverageOf(approx ?? null)).toBe('approximate');
    expect(coverageOf(null)).toBe('notPublished');
  });

  it('gives one cell per year, with gaps, and counts a published zero as published', () => {
    const row = coverageRow(exact, years);
    expect(row.cells.map((c) => c.coverage)).toEqual([
      'published',
      'notPublished',
      'notPublished',
      'published',
    ]);
    expect(row.cells.map((c) => c.observation?.value ?? null)).toEqual([10, null, null, 0]);
  });

  it('groups rows by category in the dataset’s order and counts each year', () => {
    const dataset = makeDataset([exact, rough, once]);
    const table = coverageTable({
      ...dataset,
      years,
      categories: [
        { id: 'b', name: { zh: '乙' }, metricIds: ['once'] },
        { id: 'a', name: { zh: '甲' }, metricIds: ['m', 'rough', 'missing'] },
      ],
    });
    expect(table.years).toEqual(years);
    expect(table.groups.map((g) => [g.category.id, g.rows.map((r) => r.metric.id)])).toEqual([
      ['b', ['once']],
      ['a', ['m', 'rough']],
    ]);
    expect(table.counts).toEqual([
      { year: 2020, published: 1, approximate: 0, notPublished: 2, withFigure: 1 },
      { year: 2021, published: 0, approximate: 0, notPublished: 3, withFigure: 0 },
      { year: 2022, published: 0, approximate: 1, notPublished: 2, withFigure: 1 },
      { year: 2023, published: 2, approximate: 1, notPublished: 0, withFigure: 3 },
    ]);
  });

  it('narrows the table to the years asked for', () => {
    const dataset = makeDataset([exact]);
    const categories = [{ id: 'c', name: { zh: '测试类别' }, metricIds: ['m'] }];
    const table = coverageTable({ ...dataset, years, categories }, [2022, 2023]);
    expect(table.groups[0]?.rows[0]?.cells.map((c) => c.coverage)).toEqual([
      'notPublished',
      'published',
    ]);
    expect(table.counts.map((c) => c.withFigure)).toEqual([0, 1]);
  });

  it('counts the years with any figure, approximate ones included', () => {
    expect(publishedYearCount(rough)).toBe(2);
    expect(publishedYearCount(rough, [2021, 2022])).toBe(1);
    expect(publishedYearCount(makeMetric('count', 'higher', []))).toBe(0);
  });

  it('marks a metric with fewer than two published years as too short for a trend', () => {
    expect(tooFewYearsForTrend(once)).toBe(true);
    expect(tooFewYearsForTrend(makeMetric('count', 'higher', []))).toBe(true);
    expect(tooFewYearsForTrend(rough)).toBe(false);
  });
});
