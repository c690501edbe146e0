/**
 * Every chart: its frame (data table, loading, failure), its title and unit, and the summary read
 * out for it.
 */
export const charts = {
  showDataTable: '显示数据表',
  hideDataTable: '隐藏数据表',
  chartLoading: '图表加载中…',
  chartFailed: '这张图表无法显示。数字仍可在下面的数据表中查看。',
  dataTableCaption: '{title}（数据表）',
  unitLabel: '单位：{unit}',
  gapSentence: '{years}未公开。',
  noneInRange: '{name}在所选年份未公开。',
  definitionBreak: '口径变化',
  outOfCount: '共{count}个参与排名',
  changeChartTitle: '{name}：变化',
  changeUnitCount: '单位：%（较上一公布年份）',
  changeUnitPercent: '单位：百分点',
  changeUnitScore: '单位：分',
  changeUnitRank: '单位：名次（正数为上升）',
  indexTitle: '指数对比（{year}年=100）',
  indexUnit: '单位：指数，{year}年=100',
  indexNoCommonYear: '所选指标没有共同的公布年份，无法计算指数。',
  indexNothing: '所选指标均为名次，名次不计算指数。',
  indexExcluded: '名次不计算指数，未列入：{names}。',
  indexApprox: '虚线（≈）表示由约数（“余”“约”）算出的指数，仅供参考。',
  indexSentence: '以{base}年为100，{year}年{values}。',
  namedIndex: '{name}为{value}',
  indexMissing: '{names}{year}年未公开。',
} as const;
