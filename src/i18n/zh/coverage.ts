/** The coverage page: which figures each year publishes. */
export const coverage = {
  coverageTitle: '数据覆盖',
  coverageIntro: '每项指标在各年报告中是否公布了数字。点击指标名称查看原文和详情。',
  coverageCaption: '各指标各年公布情况',
  coverageKey: '图例',
  coveragePublished: '已公布',
  coverageApproximate: '约数',
  coverageNotPublished: '未公开',
  coveragePublishedKey: '原文给出确切数字',
  coverageApproximateKey: '原文为“余”“以上”或“约”，数字带限定词',
  coverageNotPublishedKey: '当年报告未公布该数字',
  coverageCounts: '各年合计',
  coverageYearCount: '已公布 {count} 项',
  coverageApproxCount: '含约数 {count} 项',
} as const;
