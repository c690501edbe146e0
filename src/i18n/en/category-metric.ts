import type { categoryMetric as reference } from '../zh/category-metric.ts';

/** A category's page and a metric's page: the figures, definition, sources and quotes. */
export const categoryMetric = {
  viewMetric: 'Metric details',
  figureCount: '{count} metrics',
  sources: 'Sources and quotes',
  openSource: 'Open the source page',
  definition: 'Definition',
  note: 'Note',
  relatedFindings: 'Related shortcomings and plans',
  allYearsTable: 'Every year',
  qualifierAtLeast: '(the source says “more than”: a lower bound)',
  qualifierApprox: '(the source says “about”: an approximate figure)',
} as const satisfies Record<keyof typeof reference, string>;
