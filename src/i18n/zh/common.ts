/**
 * Words and joins that every screen puts between other messages: punctuation, lists, a year, a
 * quote, a number with its unit.
 */
export const common = {
  notPublished: '未公开',
  source: '来源',
  year: '年份',
  value: '数值',
  metric: '指标',
  change: '变化',
  colon: '：',
  aside: '（{text}）',
  listJoin: '、',
  clauseJoin: '；',
  alternativesJoin: '，',
  yearOf: '{year}年',
  quoted: '“{text}”',
  numberWithUnit: '{number}{unit}',
  twoSentences: '{first}{second}',
} as const;
