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
import { indexLineStyle } from './index-lines.ts';

/** Several metrics as indices of one base year (= 100), each with its own colour and dash. */
export default function IndexDrawing({
  drawing,
  tokens,
  style,
  height,
  label,
  width,
}: DrawingProps<'index'>) {
  const data = drawing.years.map((year, i) => ({
    year,
    ...Object.fromEntries(drawing.lines.map((l) => [l.key, l.values[i] ?? null])),
  }));
  return (
    <ResponsiveContainer {...containerSize(style, height, width)}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 36, bottom: 4, left: 0 }}
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
          label={{
            value: '100',
            position: 'right',
            fill: tokens.muted,
            fontSize: style.fontSize ?? undefined,
          }}
        />
        <Legend wrapperStyle={{ color: tokens.text, fontSize: style.fontSize ?? undefined }} />
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
          const { colour, dash } = indexLineStyle(l, i, tokens);
          return (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.name}
              stroke={colour}
              strokeWidth={style.strokeWidth * 0.8}
              strokeDasharray={dash}
              dot={{
                r: style.dotRadius * 0.8,
                fill: l.meaning === 'approximate' ? tokens.background : colour,
                // A marker is a whole ring even on a dashed line.
                strokeDasharray: '0',
              }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
