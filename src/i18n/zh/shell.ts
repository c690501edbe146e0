/**
 * The app's frame: title, navigation, the language, theme and year controls, the window title and
 * the page for an address that leads nowhere.
 */
export const shell = {
  appTitle: '法治政府建设指标看板',
  skipToContent: '跳到正文',
  navOverview: '总览',
  navCategories: '类别',
  navTrends: '趋势',
  navCoverage: '数据覆盖',
  present: '演示',
  language: '语言',
  theme: '主题',
  themeLight: '浅色',
  themeDark: '深色',
  themeContrast: '高对比（投影）',
  focusYear: '关注年份',
  yearRange: '图表年份范围',
  from: '起',
  to: '止',
  loading: '正在加载数据…',
  htmlLang: 'zh-CN',
  documentTitle: '{view} · {dataset}',
  updated: '数据更新于 {date}',
  compiledFrom: '数据整理自已公开的政府报告，每个数字均附原文。',
  printFooter: '{region} · {year}年法治政府建设指标 · 数据更新于 {date}',
  printPageOf: '第 {page} 页，共 {pages} 页',
  sourcesCited: '本页引用的来源',
  sourcesCitedNote: '本页每个数字均出自下列已公开的报告，原文见各指标页。',
  notFoundTitle: '没有找到这个页面',
  notFoundBody: '地址“{what}”不对应任何视图或指标。',
  backToOverview: '返回总览',
} as const;
