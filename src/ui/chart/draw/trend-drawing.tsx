import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendPoint } from '../../../model/chart-spec/chart-spec.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { axisProps, surfaceProps, type DrawingProps } from './drawing-props.ts';

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TrendPoint;
}

/** Values over years, one line, broken wherever a year was not published. */
export default function TrendDrawing({
  drawing,
  tokens,
  style,
  height,
  label,
}: DrawingProps<'trend'>) {
  const { axis } = drawing;
  const colour = tokens.neutral;
  // An approximate figure ("余", "约") is an open marker: it looks as uncertain as it is.
  const dot = ({ cx, cy, payload }: DotProps) =>
    cx === undefined || cy === undefined || payload?.value == null ? (
      <g key={`gap-${payload?.year}`} />
    ) : (
      <circle
        key={payload.year}
        cx={cx}
        cy={cy}
        r={style.dotRadius}
        stroke={colour}
        strokeWidth={2}
        fill={payload.meaning === 'approximate' ? tokens.background : colour}
      />
    );
  return (
    <ResponsiveContainer width={style.width ?? '100%'} height={height}>
      <LineChart
        data={drawing.points}
        margin={{ top: 28, right: 32, bottom: 4, left: 8 }}
        {...surfaceProps(label)}
      >
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis dataKey="year" {...axisProps(tokens, style)} padding={{ left: 24, right: 24 }} />
        <YAxis
          {...axisProps(tokens, style)}
          tickFormatter={axis.format}
          width={style.fontSize * 5}
          domain={axis.domain}
          reversed={axis.reversed}
          allowDecimals={!axis.integer}
          tickCount={6}
        />
        <Tooltip
          content={<ChartTooltip tokens={tokens} style={style} />}
          cursor={{ stroke: tokens.muted, strokeDasharray: '3 3' }}
          isAnimationActive={false}
        />
        <Line
          dataKey="value"
          stroke={colour}
          strokeWidth={style.strokeWidth}
          dot={dot}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        >
          <LabelList dataKey="label" position="top" fill={tokens.text} fontSize={style.labelSize} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
