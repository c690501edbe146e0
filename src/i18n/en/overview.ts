import type { overview as reference } from '../zh/overview.ts';

/**
 * The overview: the headline KPI cards and their tally, key changes of the year, milestones and
 * findings.
 */
export const overview = {
  headlineKpis: 'Headline KPIs',
  viewCategory: 'All {name} figures',
  scoreSummary: '{count} headline KPIs',
  standingImproved: '{count} improved',
  standingDeclined: '{count} fell back',
  standingSteady: '{count} unchanged or neutral',
  standingNoComparison: '{count} with no comparable figure',
  standingEarlierYear: '{count} showing an earlier year',
  standingNotPublished: '{count} not published',
  yearVersus: '{year} {versus}',
  changeLine: '{amount} {versus}',
  latestBadge: 'Latest published · {year}',
  sourceDiffers: 'The source states it differently',
  sourceStates: 'Source: {amount}',
  noteMark: 'Has a note',
  sparkRange: '{from}–{to}',
  toneGood: ' (improved)',
  toneBad: ' (fell back)',
  keyChanges: 'Key changes',
  improvements: 'Largest improvements',
  declines: 'Largest declines',
  noKeyChanges: 'No figure of this year can be compared with an earlier one.',
  noneImproved: 'No figure improved this year.',
  noneDeclined: 'No figure fell back this year.',
  milestones: 'Milestones',
  findings: 'Shortcomings and plans',
  shortcoming: 'Shortcoming',
  plan: 'Plan',
  relatedMetrics: 'Related metrics',
  noMetricFigures: 'No related figure is published',
  followUpDone: 'done',
  followUpProgress: 'progress made',
  followUpNotReported: 'not mentioned',
  followUpLine: '{year} report: {status}',
  recurring: 'Recurring: named as a shortcoming again in the next year',
} as const satisfies Record<keyof typeof reference, string>;
