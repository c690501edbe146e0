import type { Dataset, Metric, Observation } from '../dataset/model.ts';
import { changeIn, type Change } from './change.ts';
import { viewChange, type ChangeView } from './change-view.ts';
import { latestUpTo } from './series.ts';

/** How a headline KPI stands in the year shown, as the scoreboard counts it. */
export type Standing = 'improved' | 'declined' | 'steady' | 'noComparison';

export interface ScoreCard {
  metric: Metric;
  /** The figure shown: the focus year's, or where that is unpublished the latest before it. */
  figure: Observation | null;
  /** The figure is from an earlier year than the focus year. */
  fallback: boolean;
  change: Change;
  view: ChangeView;
  standing: Standing;
}

/** Our reading of the published figures decides; a source's own claim never counts on its own. */
function standingOf(change: Change): Standing {
  if (change.status !== 'compared' || change.direction === 'unclear') return 'noComparison';
  if (change.sentiment === 'good') return 'improved';
  if (change.sentiment === 'bad') return 'declined';
  return 'steady';
}

/** One card per headline KPI for the focus year, never empty while a figure exists. */
export function scoreCard(metric: Metric, year: number): ScoreCard {
  const figure = latestUpTo(metric, year);
  const change = changeIn(metric, figure?.year ?? year);
  return {
    metric,
    figure,
    fallback: figure !== null && figure.year !== year,
    change,
    view: viewChange(change, metric),
    // A figure from an earlier year says nothing about how the focus year went.
    standing: figure?.year === year ? standingOf(change) : 'noComparison',
  };
}

export interface Scoreboard {
  cards: ScoreCard[];
  counts: Record<Standing, number>;
}

/** The headline KPIs of a year and how many got better, worse, stayed level or cannot be compared. */
export function scoreboard(dataset: Dataset, year: number): Scoreboard {
  const cards = dataset.metrics.filter((m) => m.headline).map((m) => scoreCard(m, year));
  const counts: Record<Standing, number> = {
    improved: 0,
    declined: 0,
    steady: 0,
    noComparison: 0,
  };
  for (const card of cards) counts[card.standing] += 1;
  return { cards, counts };
}
