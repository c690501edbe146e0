/** A category's page and a metric's page: the figures, definition, sources and quotes. */
export const categoryMetric = {
  viewMetric: '查看指标详情',
  figureCount: '{count} 项指标',
  sources: '来源与原文',
  openSource: '打开原文网页',
  definition: '口径',
  note: '注',
  relatedFindings: '相关问题与安排',
  allYearsTable: '各年数据',
  qualifierAtLeast: '（原文为“余”或“以上”，是下限）',
  qualifierApprox: '（原文为“约”，是约数）',
} as const;
