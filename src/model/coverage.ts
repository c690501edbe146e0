import type { Category, Dataset, Metric, Observation } from '../dataset/model.ts';
import { observationIn } from './series.ts';

/**
 * What a year's report gives for a metric: an exact figure, a figure the source words as a
 * bound or an estimate ("余", "以上", "约"), or nothing at all.
 */
export type Coverage = 'published' | 'approximate' | 'notPublished';

export interface CoverageCell {
  year: number;
  coverage: Coverage;
  /** null exactly when the coverage is 'notPublished'. */
  observation: Observation | null;
}

export interface CoverageRow {
  metric: Metric;
  cells: CoverageCell[];
}

export interface CoverageGroup {
  category: Category;
  rows: CoverageRow[];
}

export interface YearCoverage {
  year: number;
  published: number;
  approximate: number;
  notPublished: number;
  /** Metrics with any figure that year, exact or approximate. */
  withFigure: number;
}

export interface CoverageTable {
  years: number[];
  groups: CoverageGroup[];
  /** One per year, over every metric of the table. */
  counts: YearCoverage[];
}

export function coverageOf(observation: Observation | null): Coverage {
  if (observation === null) return 'notPublished';
  return observation.qualifier === 'exact' ? 'published' : 'approximate';
}

export function coverageRow(metric: Metric, years: readonly number[]): CoverageRow {
  return {
    metric,
    cells: years.map((year) => {
      const observation = observationIn(metric, year);
      return { year, coverage: coverageOf(observation), observation };
    }),
  };
}

/** Every metric × year, grouped by category in the dataset's order, with per-year counts. */
export function coverageTable(
  dataset: Dataset,
  years: readonly number[] = dataset.years,
): CoverageTable {
  const groups = dataset.categories.map((category) => ({
    category,
    rows: category.metricIds.flatMap((id) => {
      const metric = dataset.metricById.get(id);
      return metric ? [coverageRow(metric, years)] : [];
    }),
  }));
  const rows = groups.flatMap((g) => g.rows);
  const counts = years.map((year, i) => {
    const count = (coverage: Coverage) =>
      rows.filter((r) => r.cells[i]?.coverage === coverage).length;
    const published = count('published');
    const approximate = count('approximate');
    return {
      year,
      published,
      approximate,
      notPublished: count('notPublished'),
      withFigure: published + approximate,
    };
  });
  return { years: [...years], groups, counts };
}

/** In how many of `years` (all of them by default) the metric has a figure, exact or not. */
export function publishedYearCount(metric: Metric, years?: readonly number[]): number {
  if (years === undefined) return new Set(metric.observations.map((o) => o.year)).size;
  return years.filter((year) => observationIn(metric, year) !== null).length;
}

/** A trend needs two published years; with fewer, only a single figure (or none) can be shown. */
export function tooFewYearsForTrend(metric: Metric): boolean {
  return publishedYearCount(metric) < 2;
}
