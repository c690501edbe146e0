import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { IndexLine } from '../../../model/chart-spec/chart-spec.ts';
import type { ChartTokens } from '../tokens.ts';
import type { SeriesStyle } from './index-lines.ts';
import { LABEL_LINE, spreadLabels } from './line-labels.ts';
import { SeriesMarker } from './series-marker.tsx';

interface LineEndLabelsProps {
  lines: readonly IndexLine[];
  /** Each name in its lines (line-labels.ts). */
  names: readonly string[][];
  styles: readonly SeriesStyle[];
  years: readonly number[];
  tokens: ChartTokens;
  fontSize: number;
}

/**
 * Each line's name right of the plot, at the height where the line ends in the last year, nudged apart so no two
 * overlap, with a leader in the line's colour from the plot's edge: the reader matches no colours.
 */
export function LineEndLabels({
  lines,
  names,
  styles,
  years,
  tokens,
  fontSize,
}: LineEndLabelsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const edge = plot.x + plot.width;
  // Every line named here reaches the last year (index-drawing.ts names the others in a legend).
  const ends = lines.map((line) => ({
    from: (x(years.at(-1)) ?? edge) + fontSize * 0.5,
    y: y(line.values.at(-1)) ?? 0,
  }));
  const lineHeight = fontSize * LABEL_LINE;
  const centres = spreadLabels(
    ends.map((e) => e.y),
    lines.map((_, i) => (names[i]?.length ?? 1) * lineHeight),
    plot.y,
    plot.y + plot.height,
  );
  if (!centres) return null;
  const textX = edge + fontSize * 1.6;
  return (
    <g className="line-end-labels">
      {lines.map((line, i) => {
        const style = styles[i];
        const end = ends[i];
        const centre = centres[i];
        if (!style || !end || centre === undefined) return null;
        return (
          <g key={line.key} data-line-label={line.key}>
            <polyline
              points={`${end.from},${end.y} ${edge + 2},${end.y} ${edge + fontSize * 0.6},${centre}`}
              fill="none"
              stroke={style.colour}
              strokeWidth={1}
              strokeLinecap="round"
            />
            <SeriesMarker
              shape={style.marker}
              cx={edge + fontSize * 0.95}
              cy={centre}
              r={fontSize * 0.3}
              stroke={style.colour}
              fill={line.meaning === 'approximate' ? tokens.background : style.colour}
              strokeWidth={1.5}
            />
            <text fill={tokens.text} fontSize={fontSize}>
              {(names[i] ?? [line.name]).map((text, k, all) => (
                <tspan
                  key={k}
                  x={textX}
                  y={centre + (k - (all.length - 1) / 2) * lineHeight}
                  dominantBaseline="central"
                >
                  {text}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
