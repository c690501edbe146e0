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

/**
 * The years a metric's chart spans: the years shown, trimmed to its first and last published
 * figure among them, so a short series is not squeezed into a corner. Gaps in between stay.
 */
export function dataSpan(metric: Metric, years: readonly number[]): number[] {
  const published = years.filter((y) => observationIn(metric, y));
  const first = published[0];
  const last = published.at(-1);
  return first === undefined || last === undefined
    ? [...years]
    : years.filter((y) => y >= first && y <= last);
}

/** No change of definition lies between two years' figures: they measure the same thing. */
export function sameDefinition(metric: Metric, a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  return metric.observations.every(
    (o) => o.year <= low || o.year > high || o.comparableWithPrevious,
  );
}

/** The chosen range with its ends in order: a link with `from` after `to` means the same years. */
export function orderedRange(from: number | null, to: number | null) {
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
}

/** The years a chart shows: the dataset's span, narrowed by the chosen range. */
export function visibleYears(dataset: Dataset, from: number | null, to: number | null): number[] {
  const range = orderedRange(from, to);
  return dataset.years.filter(
    (y) => (range.from === null || y >= range.from) && (range.to === null || y <= range.to),
  );
}

/** The years in which at least one figure was published: the only ones worth focusing on. */
export function publishedYears(dataset: Dataset): number[] {
  const years = new Set(dataset.metrics.flatMap((m) => m.observations.map((o) => o.year)));
  return dataset.years.filter((y) => years.has(y));
}

/**
 * The year a reader lands on (CONTRACT §2): the latest in which more than half of the headline
 * metrics are published, so the scoreboard is mostly figures; else the latest with any figure.
 */
export function defaultFocusYear(dataset: Dataset): number {
  const headline = dataset.metrics.filter((m) => m.headline);
  const years = publishedYears(dataset);
  const wellCovered = years.filter(
    (y) => headline.filter((m) => observationIn(m, y)).length * 2 > headline.length,
  );
  return wellCovered.at(-1) ?? years.at(-1) ?? dataset.years.at(-1) ?? new Date().getFullYear();
}

/** The focus year: the one asked for if anything was published in it, else the default. */
export function focusYear(dataset: Dataset, asked: number | null): number {
  return asked !== null && publishedYears(dataset).includes(asked)
    ? asked
    : defaultFocusYear(dataset);
}
