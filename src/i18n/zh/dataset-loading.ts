/**
 * Loading the data file: the loading line, a slow or cancelled load, a file that cannot be shown,
 * and its notices.
 */
export const datasetLoading = {
  stillLoading: '仍在加载：服务器响应较慢。可以继续等待，也可以取消。',
  cancelLoading: '取消加载',
  loadCancelledTitle: '已取消加载',
  loadCancelled: '你取消了加载数据文件 {location}，页面上没有显示任何数据。',
  loadCancelledNext: '可以点“重试”再次加载，或打开本机的 JSON 数据文件。',
  errorTitle: '数据无法加载',
  errorIntro: '数据文件 {location} 有以下问题：',
  dataAddress: '数据地址',
  addressBelow: '（地址见下方）',
  errorMore: '另有 {count} 个问题未列出。',
  errorWhatNext: '请检查数据地址或修正文件后重试，或打开本机的另一个 JSON 数据文件。',
  retry: '重试',
  openLocalFile: '打开本机 JSON 文件',
  loadDefaultData: '加载默认数据',
  localFile: '本机文件',
  sourceBannerLabel: '数据来源',
  sourceOtherAddress:
    '注意：本页数字不是看板自带的数据，而是来自 {address}（数据集标题：“{title}”）。引用前请核实来源。',
  sourceLocalFile:
    '注意：本页数字不是看板自带的数据，而是来自本机文件 {file}（数据集标题：“{title}”）。引用前请核实来源。',
  backToDefault: '改用默认数据',
  reloadFailed: '无法重新加载数据（{reason}）。页面上仍是之前成功加载的数据。',
  warningsSummary: '数据文件有 {count} 条提示（不影响显示）',
} as const;
