/**
 * Figures above a line's points that never overprint: the plot is padded so the first and last
 * figure stay clear of the value axis and the edge, and a figure that would overlap the one
 * before it is left out (the tooltip, the data table and the summary still carry it).
 */

/** A label's width in px, from its characters: CJK ones are square, others about 0.6 em. */
export function labelWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.6;
  return width * fontSize;
}

/** The padding each end of the x axis needs so that half the longest figure fits inside the plot. */
export function labelPadding(labels: readonly string[], fontSize: number, least: number): number {
  const widest = Math.max(0, ...labels.map((l) => labelWidth(l, fontSize)));
  return Math.max(least, Math.ceil(widest / 2) + 4);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Places labels in drawing order, refusing one that overlaps a label placed before it. Keyed by
 * order, not position, so each label is only ever compared with this pass's earlier ones,
 * however often Recharts draws again (a resize moves every label at once).
 */
function placer() {
  const placed = new Map<number, Box | null>();
  return (order: number, box: Box): boolean => {
    const clash = [...placed.entries()].some(
      ([at, other]) =>
        at < order &&
        other !== null &&
        other.left < box.right &&
        other.right > box.left &&
        other.top < box.bottom &&
        other.bottom > box.top,
    );
    placed.set(order, clash ? null : box);
    return !clash;
  };
}

interface LabelContentProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
  index?: number;
}

/**
 * A LabelList `content` that draws each figure centred above its point unless it would touch
 * the figure of an earlier point.
 */
export function pointLabels({
  fontSize,
  drawnSize,
  fill,
  halo,
  offset,
}: {
  /** The type size the layout reckons with: the variant's, or a page's upper bound. */
  fontSize: number;
  /** The size to draw in, or undefined to take the page's own type. */
  drawnSize: number | undefined;
  fill: string;
  /** The background's colour, drawn round each figure so that a grid or break line never crosses it. */
  halo: string;
  offset: number;
}) {
  const place = placer();
  return function PointLabel({ x, y, value, index = 0 }: LabelContentProps) {
    const cx = Number(x);
    const cy = Number(y);
    const text = typeof value === 'string' ? value : '';
    if (!text || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
    const half = labelWidth(text, fontSize) / 2 + 2;
    const line = fontSize * 0.6;
    if (!place(index, { left: cx - half, right: cx + half, top: cy - line, bottom: cy + line }))
      return null;
    return (
      <text
        x={cx}
        y={cy - offset}
        textAnchor="middle"
        fill={fill}
        stroke={halo}
        strokeWidth={4}
        strokeLinejoin="round"
        paintOrder="stroke"
        fontSize={drawnSize}
        className="point-label"
      >
        {text}
      </text>
    );
  };
}

interface BreakLabelProps {
  viewBox?: { x?: number; y?: number; height?: number };
}

/**
 * The words of a change of definition ("口径变化"), in the row under the year axis where no
 * figure is drawn, ending at their dashed line so they never run past the chart's right edge.
 * One that would touch the words of an earlier break is left out: the dashed line still shows.
 * The label for the `order`-th break (left to right) is `breakLabel(order)`.
 */
export function breakLabels({
  text,
  fontSize,
  drawnSize,
  fill,
  below,
}: {
  text: string;
  fontSize: number;
  drawnSize: number | undefined;
  fill: string;
  /** From the plot's bottom to the words' baseline, past the year ticks. */
  below: number;
}) {
  const place = placer();
  const width = labelWidth(text, fontSize);
  return (order: number) =>
    function BreakLabel({ viewBox }: BreakLabelProps) {
      const x = viewBox?.x;
      const bottom = (viewBox?.y ?? 0) + (viewBox?.height ?? 0);
      if (x === undefined || !Number.isFinite(x)) return null;
      if (!place(order, { left: x - width - 4, right: x, top: 0, bottom: 1 })) return null;
      return (
        <text x={x} y={bottom + below} textAnchor="end" fill={fill} fontSize={drawnSize}>
          {text}
        </text>
      );
    };
}
