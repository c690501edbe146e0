import type { IndexLine } from '../../../model/chart-spec/chart-spec.ts';
import type { ChartTokens } from '../tokens.ts';
import type { SeriesStyle } from './index-lines.ts';
import { SeriesMarker } from './series-marker.tsx';

interface IndexLegendProps {
  label: string;
  lines: readonly IndexLine[];
  styles: readonly SeriesStyle[];
  tokens: ChartTokens;
  fontSize: number | null;
}

// Inline: the legend is the drawing's own, and travels with it wherever the chart is drawn.
const list = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1rem',
  listStyle: 'none',
  margin: 0,
  padding: 0,
} as const;
const item = { display: 'flex', alignItems: 'center', gap: '0.35rem' } as const;

/** The drawn lines only, each with a sample of its colour, dash and marker. */
export function IndexLegend({ label, lines, styles, tokens, fontSize }: IndexLegendProps) {
  return (
    <ul aria-label={label} style={{ ...list, color: tokens.text, fontSize: fontSize ?? undefined }}>
      {lines.map((line, i) => {
        const style = styles[i];
        if (!style) return null;
        return (
          <li key={line.key} style={item}>
            <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
              <line
                x1="1"
                x2="27"
                y1="6"
                y2="6"
                stroke={style.colour}
                strokeWidth={2.4}
                strokeDasharray={style.dash || undefined}
              />
              <SeriesMarker
                shape={style.marker}
                cx={14}
                cy={6}
                r={3.5}
                stroke={style.colour}
                fill={line.meaning === 'approximate' ? tokens.background : style.colour}
                strokeWidth={1.5}
              />
            </svg>
            {line.name}
          </li>
        );
      })}
    </ul>
  );
}
