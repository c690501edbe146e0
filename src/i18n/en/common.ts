import type { common as reference } from '../zh/common.ts';

/**
 * Words and joins that every screen puts between other messages: punctuation, lists, a year, a
 * quote, a number with its unit.
 */
export const common = {
  notPublished: 'not published',
  source: 'Source',
  year: 'Year',
  value: 'Value',
  metric: 'Metric',
  change: 'Change',
  colon: ': ',
  aside: ' ({text})',
  listJoin: ', ',
  clauseJoin: '; ',
  alternativesJoin: ', or ',
  yearOf: '{year}',
  quoted: '“{text}”',
  numberWithUnit: '{number} {unit}',
  twoSentences: '{first} {second}',
} as const satisfies Record<keyof typeof reference, string>;
