import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { axisProps, surfaceProps, type DrawingProps, containerSize } from './drawing-props.ts';

/** Change against the previous published year, one bar a year, coloured by whether it is good news. */
export default function ChangeDrawing({
  drawing,
  tokens,
  style,
  height,
  label,
  width,
}: DrawingProps<'change'>) {
  const { axis } = drawing;
  const fill = { good: tokens.good, bad: tokens.bad, neutral: tokens.neutral };
  return (
    <ResponsiveContainer {...containerSize(style, height, width)}>
      <BarChart
        data={drawing.marks}
        margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
        {...surfaceProps(label)}
      >
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis dataKey="year" {...axisProps(tokens, style)} />
        <YAxis
          {...axisProps(tokens, style)}
          tickFormatter={axis.format}
          width="auto"
          domain={axis.domain}
          ticks={axis.ticks ?? undefined}
          allowDecimals={!axis.integer}
        />
        <ReferenceLine y={0} stroke={tokens.muted} />
        <Tooltip
          content={<ChartTooltip tokens={tokens} style={style} />}
          cursor={{ fill: tokens.grid }}
          isAnimationActive={false}
        />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={style.barSize * 2.5}>
          {drawing.marks.map((m) => (
            <Cell key={m.year} fill={fill[m.meaning]} />
          ))}
          <LabelList
            dataKey="label"
            content={({ x, y, width, value }) => (
              // One line, centred over the bar: Recharts would wrap it to the bar's width.
              <text
                x={Number(x) + Number(width) / 2}
                y={Number(y) - 6}
                textAnchor="middle"
                fill={tokens.text}
                fontSize={style.fontSize ?? undefined}
              >
                {String(value ?? '')}
              </text>
            )}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
