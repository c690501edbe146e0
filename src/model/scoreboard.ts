import type { Dataset, Metric, Observation } from '../dataset/model.ts';
import type { Change, Sentiment } from './change.ts';
import type { ChangeView } from './change-view.ts';
import { seriesYear } from './metric-series.ts';
import { latestUpTo } from './series.ts';

/**
 * How a headline KPI stands in the year shown, as the count line counts it: better or worse
 * than its previous published figure, level (or a figure with no good direction), no comparable
 * figure, a figure from an earlier year than the focus year, or no figure at all.
 */
export type Standing =
  'improved' | 'declined' | 'steady' | 'noComparison' | 'earlierYear' | 'notPublished';

/** The order the count line reads in. */
export const standings: readonly Standing[] = [
  'improved',
  'declined',
  'steady',
  'noComparison',
  'earlierYear',
  'notPublished',
];

export interface ScoreCard {
  metric: Metric;
  /** The figure shown: the focus year's, or where that is unpublished the latest before it. */
  figure: Observation | null;
  /** The figure is from an earlier year than the focus year. */
  fallback: boolean;
  change: Change;
  view: ChangeView;
  standing: Standing;
  /**
   * The colour of the card's change: the one rule that makes arrows agree with the count. Only
   * a card counted as improved or fell back is coloured; every other change is grey.
   */
  tone: Sentiment;
}

/** Our reading of the published figures decides; a source's own claim never counts on its own. */
function standingOf(change: Change): Standing {
  if (change.status !== 'compared' || change.direction === 'unclear') return 'noComparison';
  if (change.sentiment === 'good') return 'improved';
  if (change.sentiment === 'bad') return 'declined';
  return 'steady';
}

/** The colour a standing gives a change, wherever the change is shown beside the count. */
export function toneOf(standing: Standing): Sentiment {
  return standing === 'improved' ? 'good' : standing === 'declined' ? 'bad' : 'neutral';
}

/** One card per headline KPI for the focus year, never empty while a figure exists. */
export function scoreCard(metric: Metric, year: number): ScoreCard {
  const figure = latestUpTo(metric, year);
  const { change, view } = seriesYear(metric, figure?.year ?? year);
  // A figure from an earlier year says nothing about how the focus year went.
  const standing: Standing = !figure
    ? 'notPublished'
    : figure.year !== year
      ? 'earlierYear'
      : standingOf(change);
  return {
    metric,
    figure,
    fallback: figure !== null && figure.year !== year,
    change,
    view,
    standing,
    tone: toneOf(standing),
  };
}

export interface Scoreboard {
  cards: ScoreCard[];
  counts: Record<Standing, number>;
}

/** The headline KPIs of a year and how many got better, worse, stayed level or cannot be compared. */
export function scoreboard(dataset: Dataset, year: number): Scoreboard {
  const cards = dataset.metrics.filter((m) => m.headline).map((m) => scoreCard(m, year));
  const counts = Object.fromEntries(standings.map((s) => [s, 0])) as Record<Standing, number>;
  for (const card of cards) counts[card.standing] += 1;
  return { cards, counts };
}
