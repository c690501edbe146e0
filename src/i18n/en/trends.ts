import type { trends as reference } from '../zh/trends.ts';

/**
 * The trends page: choosing metrics, the ways of reading them, the change table and the timeline.
 */
export const trends = {
  trendsTitle: 'Trends',
  trendsIntro:
    'Choose metrics to compare their yearly values, their change on the previous published year, or an index with a shared base year of 100.',
  chooseMetrics: 'Choose metrics ({count} chosen)',
  searchMetrics: 'Search metrics by name (Chinese or English)',
  clearSelection: 'Clear the selection',
  selectedMetrics: 'Chosen metrics',
  removeMetric: 'Remove “{name}”',
  unknownMetrics: 'These metrics in the link do not exist and were left out: {ids}',
  noMetricsChosen: 'No metric is chosen yet. Tick some under “Choose metrics” above.',
  pickerOneYear: '1 year only',
  pickerNoYears: 'no figures',
  reading: 'Show',
  readingValues: 'Values',
  readingChange: 'Change on previous year',
  readingIndex: 'Index (base year = 100)',
  changeTable: 'Change by year',
  compoundGrowth: 'Compound annual growth',
  growthKind: 'not for rates or ranks',
  growthFewYears: 'too few published years',
  growthZeroBase: 'starts from zero',
  growthApprox: 'approximate figures',
  timelineTitle: 'Milestones, shortcomings and plans by year',
  noComparableChange:
    'No change is drawn for these, which have no two comparable published figures in the years shown: {names}.',
  moreRows: 'Show {count} more (no comparable change in the years shown)',
  fewerRows: 'Show only metrics with a comparable change',
} as const satisfies Record<keyof typeof reference, string>;
