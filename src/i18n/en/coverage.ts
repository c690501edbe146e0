import type { coverage as reference } from '../zh/coverage.ts';

/** The coverage page: which figures each year publishes. */
export const coverage = {
  coverageTitle: 'Data coverage',
  coverageIntro:
    'Which figures the report of each year publishes, metric by metric. Follow the name of a metric for its sources and details.',
  coverageCaption: 'Published figures by metric and year',
  coverageKey: 'Key',
  coveragePublished: 'published',
  coverageApproximate: 'approximate',
  coverageNotPublished: 'not published',
  coveragePublishedKey: 'the source gives an exact figure',
  coverageApproximateKey:
    'the source gives a bound or an estimate (more than, about), shown as worded',
  coverageNotPublishedKey: 'the report of that year gives no figure',
  coverageCounts: 'Per year',
  coverageYearCount: '{count} published',
  coverageApproxCount: '{count} of them approximate',
} as const satisfies Record<keyof typeof reference, string>;
