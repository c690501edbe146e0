import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendPoint } from '../../../model/chart-spec/chart-spec.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { breakLabels, labelPadding, pointLabels } from './point-labels.tsx';
import {
  axisProps,
  surfaceProps,
  valueAxisWidth,
  type DrawingProps,
  containerSize,
} from './drawing-props.ts';

interface DotProps {
  cx?: number;
  cy?: number;
  value?: unknown;
  payload?: TrendPoint;
}

/**
 * One line per stretch of comparable figures: a change of definition starts a new line, so
 * nothing joins two figures that were measured differently. Gaps break a line as well.
 */
function segmentsOf(points: readonly TrendPoint[]) {
  let segment = 0;
  const rows = points.map((p) => {
    if (p.breakBefore) segment += 1;
    return { ...p, [`s${segment}`]: p.value, [`s${segment}Label`]: p.label };
  });
  return { rows, keys: Array.from({ length: segment + 1 }, (_, i) => `s${i}`) };
}

/** Values over years, broken wherever a year was not published or the definition changed. */
export default function TrendDrawing({
  drawing,
  tokens,
  style,
  height,
  label,
  width,
}: DrawingProps<'trend'>) {
  const { axis } = drawing;
  const colour = tokens.neutral;
  const { rows, keys } = segmentsOf(drawing.points);
  const breaks = drawing.points.some((p) => p.breakBefore);
  // Room for the figures above the end points, in the variant's type size (about 16 px on a
  // page, whose type the stylesheet sets), and on either side for half the widest figure.
  const fontSize = style.fontSize ?? 16;
  const room = 2 * fontSize;
  const padding = labelPadding(
    drawing.points.map((p) => p.label),
    fontSize,
    room,
  );
  // "口径变化" sits under the year axis, where no figure is ever drawn.
  const breakRoom = Math.ceil(fontSize * 1.5);
  const breakLabel = breakLabels({
    text: drawing.breakLabel,
    fontSize,
    drawnSize: style.fontSize ?? undefined,
    fill: tokens.text,
    below: breakRoom + fontSize + 8,
  });
  const pointLabel = pointLabels({
    fontSize,
    drawnSize: style.fontSize ?? undefined,
    fill: tokens.text,
    halo: tokens.background,
    offset: style.dotRadius + 6,
  });
  // An approximate figure ("余", "约") is an open marker: it looks as uncertain as it is.
  const dot = ({ cx, cy, value, payload }: DotProps) =>
    cx === undefined || cy === undefined || value == null || !payload ? (
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
    <ResponsiveContainer {...containerSize(style, height, width)}>
      <LineChart
        data={rows}
        margin={{ top: room, right: 16, bottom: 4 + (breaks ? breakRoom : 0), left: 0 }}
        {...surfaceProps(label)}
      >
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis
          dataKey="year"
          {...axisProps(tokens, style)}
          padding={{ left: padding, right: padding }}
        />
        <YAxis
          {...axisProps(tokens, style)}
          tickFormatter={axis.format}
          width={valueAxisWidth(
            style,
            [
              ...(axis.ticks ?? []),
              ...axis.domain.filter((d) => d !== 'auto'),
              ...drawing.points.flatMap((p) => (p.value === null ? [] : [p.value])),
            ],
            axis.format,
          )}
          domain={axis.domain}
          ticks={axis.ticks ?? undefined}
          reversed={axis.reversed}
          allowDecimals={!axis.integer}
          tickCount={6}
        />
        {drawing.points
          .filter((p) => p.breakBefore)
          .map((p, order) => (
            <ReferenceLine
              key={p.year}
              x={p.year}
              stroke={tokens.muted}
              strokeDasharray="4 4"
              label={breakLabel(order)}
            />
          ))}
        <Tooltip
          content={<ChartTooltip tokens={tokens} style={style} />}
          cursor={{ stroke: tokens.muted, strokeDasharray: '3 3' }}
          isAnimationActive={false}
        />
        {keys.map((key) => (
          <Line
            key={key}
            dataKey={key}
            stroke={colour}
            strokeWidth={style.strokeWidth}
            dot={dot}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          >
            <LabelList dataKey={`${key}Label`} content={pointLabel} />
          </Line>
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
