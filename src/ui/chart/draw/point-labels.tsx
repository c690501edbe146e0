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

interface LabelContentProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
  index?: number;
}

/**
 * A LabelList `content` that draws each figure centred above its point unless it would touch
 * the figure of an earlier point. Points come in order within one drawing pass, so the earlier
 * points' places are always this pass's, however often Recharts draws again.
 */
export function pointLabels({
  fontSize,
  drawnSize,
  fill,
  offset,
}: {
  /** The type size the layout reckons with: the variant's, or a page's upper bound. */
  fontSize: number;
  /** The size to draw in, or undefined to take the page's own type. */
  drawnSize: number | undefined;
  fill: string;
  offset: number;
}) {
  const placed = new Map<number, { left: number; right: number; y: number } | null>();
  return function PointLabel({ x, y, value, index = 0 }: LabelContentProps) {
    const cx = Number(x);
    const cy = Number(y);
    const text = typeof value === 'string' ? value : '';
    if (!text || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
    const half = labelWidth(text, fontSize) / 2 + 2;
    const box = { left: cx - half, right: cx + half, y: cy };
    const clash = [...placed.entries()].some(
      ([at, other]) =>
        at < index &&
        other !== null &&
        other.right > box.left &&
        Math.abs(other.y - box.y) < fontSize * 1.2,
    );
    placed.set(index, clash ? null : box);
    if (clash) return null;
    return (
      <text
        x={cx}
        y={cy - offset}
        textAnchor="middle"
        fill={fill}
        fontSize={drawnSize}
        className="point-label"
      >
        {text}
      </text>
    );
  };
}
