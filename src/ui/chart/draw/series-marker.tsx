import type { MarkerShape } from './index-lines.ts';

interface SeriesMarkerProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  /** The circle's radius; the other shapes are drawn to look as large. */
  r: number;
  stroke: string;
  fill: string;
  strokeWidth: number;
}

/** A point of a series in its marker shape: whole, even on a dashed line. */
export function SeriesMarker({ shape, cx, cy, r, stroke, fill, strokeWidth }: SeriesMarkerProps) {
  const paint = { stroke, fill, strokeWidth, strokeDasharray: '0' };
  if (shape === 'square') {
    const s = r * 0.9;
    return <rect x={cx - s} y={cy - s} width={s * 2} height={s * 2} {...paint} />;
  }
  if (shape === 'triangle') {
    const s = r * 1.25;
    return (
      <polygon
        points={`${cx},${cy - s} ${cx + s * 0.95},${cy + s * 0.7} ${cx - s * 0.95},${cy + s * 0.7}`}
        {...paint}
      />
    );
  }
  if (shape === 'diamond') {
    const s = r * 1.25;
    return (
      <polygon
        points={`${cx},${cy - s} ${cx + s},${cy} ${cx},${cy + s} ${cx - s},${cy}`}
        {...paint}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={r} {...paint} />;
}
