import { useChartTokens } from './chart/tokens.ts';

export interface SparklineProps {
  years: readonly number[];
  /** One value per year; null is a year with nothing published and leaves a gap. */
  values: readonly (number | null)[];
  /** The value axis: counts from zero and rates up to 100, so a small move looks small. */
  domain: readonly [number, number];
  /** Ranks read best with 1st at the top. */
  reversed?: boolean;
  /** Years whose figure was measured differently from the one before: the line breaks there. */
  breaks?: readonly number[];
  /** The year to mark: the one the card's figure is for. */
  marked: number | null;
  /** "2020–2024年": the span, so the line is read against its years. */
  rangeLabel: string;
}

const width = 160;
const height = 36;

/** A small labelled trend in plain SVG, so KPI cards need no chart library. The card says the numbers. */
export function Sparkline({
  years,
  values,
  domain,
  reversed = false,
  breaks = [],
  marked,
  rangeLabel,
}: SparklineProps) {
  const { neutral, background } = useChartTokens();
  const [low, high] = domain;
  const x = (i: number) =>
    years.length === 1 ? width / 2 : (i / (years.length - 1)) * (width - 8) + 4;
  const share = (v: number) => (high === low ? 0.5 : (v - low) / (high - low));
  const y = (v: number) => {
    const s = reversed ? 1 - share(v) : share(v);
    return height - 4 - s * (height - 8);
  };
  // A run of consecutive comparable years is one segment; a gap year or a change of
  // definition breaks the line, as it does on the metric's chart.
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    const year = years[i] ?? 0;
    if (v === null || breaks.includes(year)) {
      if (current) segments.push(current);
      current = '';
    }
    if (v !== null) current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <div className="sparkline" aria-hidden="true">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={neutral} strokeWidth="2" strokeLinecap="round" />
        ))}
        {values.map((v, i) =>
          v === null ? null : (
            <circle
              key={years[i]}
              cx={x(i)}
              cy={y(v)}
              r={years[i] === marked ? 4.5 : 2.5}
              fill={neutral}
              stroke={background}
              strokeWidth={years[i] === marked ? 1.5 : 0}
            />
          ),
        )}
      </svg>
      <p className="sparkline-years">{rangeLabel}</p>
    </div>
  );
}
