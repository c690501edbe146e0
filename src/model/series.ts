import type { Dataset, Metric, Observation } from '../dataset/model.ts';

export interface Point {
  year: number;
  /** null when nothing was published for that year: a gap, never zero. */
  observation: Observation | null;
}

export function observationIn(metric: Metric, year: number): Observation | null {
  return metric.observations.find((o) => o.year === year) ?? null;
}

/** One point per year in `years`, with explicit gaps. */
export function seriesOf(metric: Metric, years: readonly number[]): Point[] {
  return years.map((year) => ({ year, observation: observationIn(metric, year) }));
}

export function gapYears(metric: Metric, years: readonly number[]): number[] {
  return seriesOf(metric, years)
    .filter((p) => p.observation === null)
    .map((p) => p.year);
}

/** The latest figure published in or before `year`. */
export function latestUpTo(metric: Metric, year: number): Observation | null {
  return metric.observations.filter((o) => o.year <= year).at(-1) ?? null;
}

export function previousPublished(metric: Metric, year: number): Observation | null {
  return latestUpTo(metric, year - 1);
}

/** The years a chart shows: the dataset's span, narrowed by the chosen range. */
export function visibleYears(dataset: Dataset, from: number | null, to: number | null): number[] {
  return dataset.years.filter((y) => (from === null || y >= from) && (to === null || y <= to));
}

/** The focus year: the one asked for if the dataset spans it, else the latest with data. */
export function focusYear(dataset: Dataset, asked: number | null): number {
  const last = dataset.years.at(-1) ?? new Date().getFullYear();
  return asked !== null && dataset.years.includes(asked) ? asked : last;
}
