/**
 * What can be wrong, or doubtful, in a data file: one message per problem code of
 * src/dataset/problems.ts, shown after the place in the file it concerns. `{value}` and the like
 * are quoted from the file as it was written (cut short, invisible characters spelled out);
 * `{object}` and `{localized}` are JSON, which a message cannot write itself (braces mark its
 * placeholders).
 */
export const datasetProblems = {
  listSeparator: '、',
  // The file as a whole, or where it came from.
  validatorUnavailable: '无法加载看板检查数据文件所需的程序部分。请检查网络后刷新页面。',
  addressUnreachable:
    '无法连接到数据地址 {location}。请检查网络或地址，或跨域访问（CORS）是否被允许。',
  addressNotWeb:
    '数据地址以 {scheme} 开头，不是网址。这种地址自带数据，看不出数字从哪里来，所以看板不加载它。请把数据文件放到本看板的服务器上，用 ?data=data/文件名.json 指向它，或点“打开本机 JSON 文件”。',
  addressOtherOrigin:
    '数据地址在另一个网站 {origin} 上，而本看板在 {own}。为了不让别人的数字显示在本看板的名下，看板只加载本站的数据，除非构建时允许了那个网站。请把数据文件复制到本站服务器，或请管理员在构建时允许该网站（见 README）。',
  addressMalformed: '数据地址不是有效的网址。请检查链接中 ?data= 后面的写法。',
  fileNotFound: '服务器上没有找到数据文件 {location}（404）。请检查地址中的文件名。',
  serverError: '服务器未能提供数据文件 {location}（HTTP {status}）。请稍后重试。',
  transferInterrupted: '数据文件 {location} 没有完整传来（连接中途断开）。请检查网络后点“重试”。',
  fileTooLarge: '文件有 {size} MB，超过了 10 MB 的上限。请拆分或精简数据。',
  fileTooLargeRead: '文件超过了 10 MB 的上限，读到 10 MB 时已停止读取。请拆分或精简数据。',
  encodingGbk:
    '文件看起来是 GBK（GB18030）编码，看板只能读取 UTF-8。请用记事本或 WPS 打开文件，另存为 UTF-8 后再试。',
  encodingUnknown: '文件不是 UTF-8 编码，看板无法读取。请另存为 UTF-8 后再试。',
  fileEmpty: '文件是空的，里面没有任何数据。文件可能没有保存完整，或服务器返回了空内容。',
  fileIsHtml:
    '收到的是一个网页（HTML），而不是 JSON 数据文件。数据地址可能写错了，或服务器返回了错误页。',
  syntaxErrorAt:
    '文件不是有效的 JSON：第 {line} 行第 {column} 列附近有语法错误（如缺少逗号、引号或括号），文件也可能不完整。',
  syntaxError: '文件不是有效的 JSON（可能缺少逗号、引号或括号，或文件不完整）。',
  nestedTooDeep: '文件的层级嵌套太深（[ [ [ … ] ] ] 套了成千上万层），不是看板的数据格式。',
  notAnObject: '文件应为一个 JSON 对象 {object}，以 "format": "rule-of-law-dataset" 开头。',
  versionNotSupported:
    '这是第 {version} 版格式的数据，本看板只能读取第 {supported} 版。请使用对应版本的看板，或按 README 的说明转换文件。',
  // One field's value, as the schema sees it.
  fieldMissing: '缺少这一项，它是必填的',
  notFinite: '应为有限的数字',
  mustBeText: '应为文字，而这里是 {value}',
  mustBeNumber: '应为数字，而这里是 {value}',
  mustBeInt: '应为整数，而这里是 {value}',
  mustBeBoolean: '应为true 或 false，而这里是 {value}',
  mustBeList: '应为列表 [ … ]，而这里是 {value}',
  mustBeObject: '应为对象 {object}，而这里是 {value}',
  mustBeType: '应为{type}，而这里是 {value}',
  mustBeLocalized: '应为文字，或 {localized}',
  mustEqual: '应为 {allowed}',
  mustBeOneOf: '应为以下之一：{allowed}',
  textEmpty: '不能为空',
  tooSmall: '不能小于 {bound}',
  tooBig: '不能大于 {bound}',
  yearOutOfRange: '年份应在1949到2100之间',
  dateFormat: '日期应写成“年-月-日”（如 2024-03-28）',
  dateNotReal: '{value} 不是日历上的日期（月份为 1–12，日期不超过当月天数）',
  idFormat: '标识只能用小写字母、数字、“-”和“_”，并以字母开头（如 licensing_items）',
  urlFormat: '不是有效的网址（应以 http:// 或 https:// 开头）',
  wrongFormat: '格式不对',
  notValid: '内容不对',
  unknownField: '未知字段 {fields}，已忽略（可能是拼写错误，或是更新版本看板才认识的字段）',
  outOfNotWhole:
    'outOf 是参与排名的总数，应为1或更大的整数（如16个区参与排名就写 16），而这里是 {value}',
  comparableNotBoolean:
    '应为 true 或 false（不加引号）：口径或统计范围与上一个公布数字不同时写 false，可比时不写这一项，而这里是 {value}',
  // Rules that span records.
  duplicateId: '标识 "{id}" 与 {earlier} 重复，每个标识只能用一次',
  missingSource: '找不到来源 "{id}"，请检查拼写或先添加它',
  missingCategory: '找不到类别 "{id}"，请检查拼写或先添加它',
  missingMetric: '找不到指标 "{id}"，请检查拼写或先添加它',
  countNegative: '计数不能为负数（这里是 {value}）',
  percentOutOfRange: '百分比应在0到100之间（这里是 {value}）',
  rankNotWhole: '名次应为1或更大的整数（这里是 {value}）',
  valueTooLarge:
    '数值 {value} 大得不可能是公布的数字；数值的绝对值最多为1000万亿（10^15）。请检查是否多写了数字或指数写错',
  duplicateYear:
    '指标 "{metric}" 的 {year} 年数值已在 observations[{first}] 中给出，每年只能有一个',
  followUpTooEarly:
    '后续说法的年份（{year}）太早，最早只能是 {earliest} 年：不足由之后年份的报告来说，安排由它所针对那一年的报告来说',
  duplicateFollowUpYear: '{year} 年的后续说法已在 {first} 中给出，每年只能有一条',
  outOfNotRank:
    'outOf（参与排名的总数）只能用于名次类指标（"kind": "rank"），而这个指标的类型是 "{kind}"；请删除 outOf，或把类型改为 "rank"',
  outOfBelowRank:
    'outOf 写的是共 {outOf} 个参与排名，但 observations[{index}] 记录 {year} 年排第 {rank} 名，名次不能超过参与排名的总数；请把 outOf 改为至少 {rank}，或核对那个名次',
  // Notices: doubtful, but the file loads.
  textTooLong:
    '这段文字有 {length} 个字，在卡片、标题和浏览器标签中难以阅读；已照常显示，建议缩短到 {limit} 字以内',
  sourceNotWebLink:
    '来源地址 {address} 不是以 http:// 或 https:// 开头的网址，只作为文字显示，不会变成链接',
  invisibleCharacters:
    '文字中有看不见的控制字符或文字方向符（{text}），它们会打乱文字的显示顺序；已去掉后显示，请在文件中删除',
} as const;
