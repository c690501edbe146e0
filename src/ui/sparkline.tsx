import { useChartTokens } from './chart/tokens.ts';
import './sparkline.css';

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

/**
 * The runs of points one line joins: consecutive published years measured alike. A gap year or
 * a change of definition (`breaks`) ends a run, as on the metric's chart.
 */
export function sparkSegments(
  years: readonly number[],
  values: readonly (number | null)[],
  breaks: readonly number[],
): { i: number; v: number }[][] {
  const runs: { i: number; v: number }[][] = [];
  let current: { i: number; v: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || breaks.includes(years[i] ?? NaN)) {
      if (current.length) runs.push(current);
      current = [];
    }
    if (v !== null) current.push({ i, v });
  });
  if (current.length) runs.push(current);
  return runs;
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
  const segments = sparkSegments(years, values, breaks).map((run) =>
    run.map(({ i, v }, k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(''),
  );
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
