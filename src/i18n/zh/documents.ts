/** The Word brief: its button, progress and the words of the document itself. */
export const documents = {
  downloadBrief: '下载 Word 简报（.docx）',
  briefProgress: '正在生成 Word 简报：第 {done} 张图，共 {total} 张',
  briefCancel: '取消生成',
  briefCancelled: '已取消，未下载任何文件。',
  briefFailed: 'Word 简报未能生成：{reason}。请重试。',
  briefTitle: '{region}{year}年法治政府建设指标简报',
  briefCompiled: '数据整理日期：{date}',
  briefLink: '在线看板：{address}',
  briefRules:
    '说明：数字均摘自所列来源的原文；某年未公开的数字写作“未公开”，不等于零；“余”“以上”“约”照原文保留。',
  briefFigure: '图{number}',
  briefNoFindings: '本年度报告未列出问题与安排。',
  briefSources: '引用来源',
  briefDocumentType: '电子文献',
  briefFindingLabel: '{type}：',
} as const;
