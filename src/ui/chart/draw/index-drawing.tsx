import { useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { axisProps, surfaceProps, type DrawingProps, containerSize } from './drawing-props.ts';
import { IndexLegend } from './index-legend.tsx';
import { indexLineStyle } from './index-lines.ts';
import { LineEndLabels } from './line-end-labels.tsx';
import { lineLabelLayout } from './line-labels.ts';
import { SeriesMarker } from './series-marker.tsx';

/** The plot's share of the chart's height: less the top margin and the year axis. */
const PLOT_ROOM = (height: number) => height - 52;

/** Chart text at the page's own size (0.875rem, chart.css), where the variant sets none. */
function pageFontSize(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return (Number.isFinite(root) && root > 0 ? root : 16) * 0.875;
}

/**
 * Several metrics as indices of one base year (= 100), each in its own colour, dash and
 * marker, named at the line's end where there is room and in a legend where there is not.
 */
export default function IndexDrawing({
  drawing,
  tokens,
  style,
  height,
  label,
  width,
}: DrawingProps<'index'>) {
  const [size, setSize] = useState({ width: style.width ?? width ?? 0, height: height ?? 0 });
  const data = drawing.years.map((year, i) => ({
    year,
    ...Object.fromEntries(drawing.lines.map((l) => [l.key, l.values[i] ?? null])),
  }));
  const styles = drawing.lines.map((l, i) => indexLineStyle(l, i, tokens));
  const fontSize = style.fontSize ?? pageFontSize();
  // A line is named at the plot's right edge only if it reaches the last year: a leader across
  // years with no figure would read as data. A line that stops earlier is named in a legend.
  const last = drawing.years.length - 1;
  const reachesEnd = drawing.lines.map((l) => (l.values[last] ?? null) !== null);
  const ending = drawing.lines.filter((_, i) => reachesEnd[i]);
  const labels = lineLabelLayout(
    ending.map((l) => l.name),
    fontSize,
    size.width,
    PLOT_ROOM(size.height),
  );
  const labelRoom = labels?.room ?? null;
  const inLegend = drawing.lines
    .map((line, i) => ({ line, style: styles[i] }))
    .filter((_, i) => labels === null || !reachesEnd[i]);
  return (
    <ResponsiveContainer
      {...containerSize(style, height, width)}
      onResize={(w, h) =>
        setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }))
      }
    >
      <LineChart
        data={data}
        margin={{ top: 16, right: labelRoom ?? 36, bottom: 4, left: 0 }}
        {...surfaceProps(label)}
      >
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis dataKey="year" {...axisProps(tokens, style)} padding={{ left: 16, right: 16 }} />
        <YAxis
          {...axisProps(tokens, style)}
          width="auto"
          domain={drawing.axis.domain}
          ticks={drawing.axis.ticks ?? undefined}
          tickFormatter={drawing.axis.format}
        />
        <ReferenceLine
          y={100}
          stroke={tokens.muted}
          strokeDasharray="4 4"
          label={
            labelRoom === null
              ? {
                  value: '100',
                  position: 'right',
                  fill: tokens.muted,
                  fontSize: style.fontSize ?? undefined,
                }
              : undefined
          }
        />
        {inLegend.length > 0 && (
          <Legend
            content={
              <IndexLegend
                label={drawing.legendLabel}
                lines={inLegend.map((l) => l.line)}
                styles={inLegend.flatMap((l) => (l.style ? [l.style] : []))}
                tokens={tokens}
                fontSize={style.fontSize}
              />
            }
          />
        )}
        <Tooltip
          content={
            <ChartTooltip
              tokens={tokens}
              style={style}
              format={drawing.axis.format}
              heading={(year) => drawing.yearLabels[drawing.years.indexOf(Number(year))] ?? ''}
            />
          }
          isAnimationActive={false}
        />
        {drawing.lines.map((l, i) => {
          const { colour, dash, marker } = styles[i] ?? indexLineStyle(l, i, tokens);
          const fill = l.meaning === 'approximate' ? tokens.background : colour;
          const r = style.dotRadius * 0.8;
          return (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.name}
              stroke={colour}
              strokeWidth={style.strokeWidth * 0.8}
              strokeDasharray={dash}
              dot={({ cx, cy, index }) =>
                cx == null || cy == null ? (
                  <g key={index} />
                ) : (
                  <SeriesMarker
                    key={index}
                    shape={marker}
                    cx={cx}
                    cy={cy}
                    r={r}
                    stroke={colour}
                    fill={fill}
                    strokeWidth={style.strokeWidth * 0.6}
                  />
                )
              }
              activeDot={{ r: r * 1.3, fill: colour, stroke: tokens.background }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
        {labels && (
          <LineEndLabels
            lines={ending}
            names={labels.lines}
            styles={styles.filter((_, i) => reachesEnd[i])}
            years={drawing.years}
            tokens={tokens}
            fontSize={fontSize}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
