/** A label line's height, in ems: CJK fonts' boxes are about 1.45 em tall. */
export const LABEL_LINE = 1.5;
/** The room a label takes besides its text: the leader, the marker and the gaps between. */
const LABEL_EXTRAS = 2.2;
/** The share of the chart's width the labels may take. */
const LABEL_SHARE = 0.26;
/** Narrower than this (a phone), the plot keeps the width and a legend names the lines. */
const LABELS_FROM_WIDTH = 560;

/**
 * A text's width in px, estimated on the generous side: a CJK character, and the curly quotes
 * CJK fonts set full width, one em; anything else 0.6.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text)
    width += /[\u2010-\u206f\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/**
 * A name in lines no wider than `width`: broken between words, or between any two CJK
 * characters. Null when it needs more than two lines.
 */
export function labelLines(name: string, width: number, fontSize: number): string[] | null {
  const pieces = name.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [name];
  const lines: string[] = [''];
  for (const piece of pieces) {
    const current = lines[lines.length - 1] ?? '';
    if (current && textWidth((current + piece).trimEnd(), fontSize) > width) lines.push(piece);
    else lines[lines.length - 1] = current + piece;
  }
  const trimmed = lines.map((l) => l.trim()).filter(Boolean);
  const fits = trimmed.every((l) => textWidth(l, fontSize) <= width);
  return fits && trimmed.length <= 2 ? trimmed : null;
}

export interface LabelLayout {
  /** The right margin the labels need, in px. */
  room: number;
  /** Each name in its lines, in the order of the lines. */
  lines: string[][];
}

/**
 * How line-end labels fit, or null where there is no room for them (narrow, a name over two
 * lines, or more labels than fit one above another) and the legend names the lines instead.
 */
export function lineLabelLayout(
  names: readonly string[],
  fontSize: number,
  chartWidth: number,
  plotHeight: number,
): LabelLayout | null {
  if (names.length === 0 || chartWidth < LABELS_FROM_WIDTH) return null;
  const textRoom = chartWidth * LABEL_SHARE - fontSize * LABEL_EXTRAS;
  const lines = names.map((n) => labelLines(n, textRoom, fontSize));
  if (lines.some((l) => l === null)) return null;
  const wrapped = lines as string[][];
  const widest = Math.max(...wrapped.flat().map((l) => textWidth(l, fontSize)));
  const tall = wrapped.reduce((sum, l) => sum + l.length, 0) * fontSize * LABEL_LINE;
  // A height not yet measured (0) does not rule the labels out: the width decides.
  if (plotHeight > 0 && tall > plotHeight) return null;
  return { room: Math.ceil(widest + fontSize * LABEL_EXTRAS), lines: wrapped };
}

/**
 * Labels' centres as near as may be to where their lines end (`wishes`, in px), each `heights`
 * tall, touching none and between `top` and `bottom`: pushed down past each other, then back
 * up from the bottom. Null when they cannot all fit.
 */
export function spreadLabels(
  wishes: readonly number[],
  heights: readonly number[],
  top: number,
  bottom: number,
): number[] | null {
  const h = (i: number) => heights[i] ?? 0;
  if (heights.reduce((a, b) => a + b, 0) > bottom - top + 0.001) return null;
  const order = wishes.map((_, i) => i).sort((a, b) => (wishes[a] ?? 0) - (wishes[b] ?? 0));
  const placed = order.map((i) => wishes[i] ?? 0);
  let floor = top;
  order.forEach((i, k) => {
    placed[k] = Math.max(placed[k] ?? 0, floor + h(i) / 2);
    floor = (placed[k] ?? 0) + h(i) / 2;
  });
  let ceiling = bottom;
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const i = order[k] ?? 0;
    placed[k] = Math.min(placed[k] ?? 0, ceiling - h(i) / 2);
    ceiling = (placed[k] ?? 0) - h(i) / 2;
  }
  const centres = new Array<number>(wishes.length);
  order.forEach((i, k) => (centres[i] = placed[k] ?? 0));
  return centres;
}
