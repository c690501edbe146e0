import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { axisStyle, gridStroke } from './chart-style.ts';

export interface TrendDatum {
  year: number;
  /** null where nothing was published: the line breaks there. */
  value: number | null;
  label: string;
}

export interface TrendChartProps {
  data: readonly TrendDatum[];
  tick: (value: number) => string;
  domain: [number, number | 'auto'];
  reversed: boolean;
}

/** Values over years, one line, with a gap wherever a year was not published. */
export default function TrendChart({ data, tick, domain, reversed }: TrendChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data as TrendDatum[]} margin={{ top: 28, right: 32, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={gridStroke} vertical={false} />
        <XAxis dataKey="year" {...axisStyle} padding={{ left: 24, right: 24 }} />
        <YAxis
          {...axisStyle}
          tickFormatter={tick}
          width={64}
          domain={domain}
          reversed={reversed}
          allowDecimals={!reversed}
          tickCount={6}
        />
        <Line
          dataKey="value"
          stroke="var(--chart-1)"
          strokeWidth={3}
          dot={{ r: 5, fill: 'var(--chart-1)' }}
          connectNulls={false}
          isAnimationActive={false}
        >
          <LabelList dataKey="label" position="top" fill="var(--text)" fontSize={13} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
