/** Arranging a presentation's slides: which to show, and in what order. */
export const arrange = {
  arrangeSlides: '编排幻灯片',
  arrangeHint:
    '勾选要放映的幻灯片。拖动一行，或用“上移”“下移”调整顺序；焦点在某一行时，按 Alt+↑ 或 Alt+↓ 也可移动该行。编排记在链接里，复制链接即可发给他人。',
  arrangeStartFrom: '从预设开始',
  arrangeBriefing: '简报',
  arrangeFullDeck: '完整版',
  arrangeCount: '演示共选用 {count} 张，可选 {total} 张',
  arrangeList: '全部幻灯片',
  arrangeInclude: '放映：{title}',
  arrangeNumber: '第{number}张',
  arrangeLeftOut: '不放映',
  arrangeMoveUp: '上移',
  arrangeMoveDown: '下移',
  arrangeMoveUpOf: '上移：{title}',
  arrangeMoveDownOf: '下移：{title}',
  arrangeMoved: '“{title}”现在是第{number}张。',
  arrangeLastSlide: '演示至少要有一张幻灯片，这一张不能取消。',
  arrangeSourcesUnused: '所选幻灯片引用的来源用不了这么多页，这一页不需要。',
} as const;
