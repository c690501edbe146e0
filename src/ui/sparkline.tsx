import { useChartTokens } from './chart/tokens.ts';

interface SparklineProps {
  /** One value per year; null is a year with nothing published and leaves a gap. */
  values: readonly (number | null)[];
  width?: number;
  height?: number;
}

/** A tiny trend line in plain SVG, so KPI cards need no chart library. Decorative: the card says the numbers. */
export function Sparkline({ values, width = 120, height = 32 }: SparklineProps) {
  const { neutral } = useChartTokens();
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) =>
    values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2;
  const y = (v: number) =>
    max === min ? height / 2 : height - 3 - ((v - min) / (max - min)) * (height - 6);
  // A run of consecutive published years is one segment; a gap year breaks the line.
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke={neutral} strokeWidth="2" strokeLinecap="round" />
      ))}
      {values.map((v, i) =>
        v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r="2.5" fill={neutral} />,
      )}
    </svg>
  );
}
