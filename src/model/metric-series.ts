import type { Metric, Observation } from '../dataset/model.ts';
import { changeIn, type Change } from './change.ts';
import { viewChange, type ChangeView } from './change-view.ts';
import { observationIn, previousPublished } from './series.ts';
import { valueAxis, type ValueAxis } from './value-axis.ts';

/** A metric in one year: its figure or a gap, its change, and whether its line breaks there. */
export interface SeriesYear {
  year: number;
  /** null when nothing was published for that year: a gap, never zero. */
  observation: Observation | null;
  /** Against the previous published year, per the metric's kind (change.ts). */
  change: Change;
  /** The same change as structured amounts to word (change-view.ts). */
  view: ChangeView;
  /** Measured differently from the figure before it: no line joins the two. */
  breakBefore: boolean;
  /** An approximate figure ("余", "约") is drawn as uncertain as it is. */
  approximate: boolean;
}

// The dataset is immutable once loaded, so each metric's years are worked out once, however
// many charts, cards, tables, sentences, slides and files read them.
const computed = new WeakMap<Metric, Map<number, SeriesYear>>();

/**
 * A metric in `year`: the one place a change is computed. Chart specifications, KPI cards and
 * their sparklines, tables, sentences, CSV and slides all read it from here.
 */
export function seriesYear(metric: Metric, year: number): SeriesYear {
  let years = computed.get(metric);
  if (!years) computed.set(metric, (years = new Map()));
  let entry = years.get(year);
  if (!entry) {
    const observation = observationIn(metric, year);
    const change = changeIn(metric, year);
    entry = {
      year,
      observation,
      change,
      view: viewChange(change, metric),
      breakBefore:
        observation !== null &&
        !observation.comparableWithPrevious &&
        previousPublished(metric, year) !== null,
      approximate: observation !== null && observation.qualifier !== 'exact',
    };
    years.set(year, entry);
  }
  return entry;
}

/** A metric over `years`, one entry per year, with explicit gaps. */
export function metricSeries(metric: Metric, years: readonly number[]): SeriesYear[] {
  return years.map((year) => seriesYear(metric, year));
}

/**
 * The value axis of a metric over all it has published: counts from zero, rates to 100, ranks
 * from 1st at the top to everyone ranked (`outOf`). A chart and a card's sparkline share it.
 */
export function metricAxis(metric: Metric, values = metric.observations.map((o) => o.value)) {
  const axis: ValueAxis = valueAxis(metric.kind, values, metric.outOf);
  const high = axis.domain[1] === 'auto' ? Math.max(...values) : axis.domain[1];
  return { ...axis, range: [axis.domain[0], high] as const };
}
