import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { axisStyle, gridStroke } from './chart-style.ts';

export interface ChangeDatum {
  year: number;
  /** null where no change can be drawn (no figure, no earlier figure, approximate). */
  value: number | null;
  label: string;
  tone: 'good' | 'bad' | 'neutral';
}

export interface ChangeBarsChartProps {
  data: readonly ChangeDatum[];
  tick: (value: number) => string;
  domain: [number, number];
  ticks: number[];
}

const fills = { good: 'var(--good)', bad: 'var(--bad)', neutral: 'var(--chart-1)' } as const;

/** Change against the previous published year, one bar a year, coloured by whether it is good news. */
export default function ChangeBarsChart({ data, tick, domain, ticks }: ChangeBarsChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data as ChangeDatum[]} margin={{ top: 24, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={gridStroke} vertical={false} />
        <XAxis dataKey="year" {...axisStyle} />
        <YAxis {...axisStyle} tickFormatter={tick} width={56} domain={domain} ticks={ticks} />
        <ReferenceLine y={0} stroke="var(--muted)" />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={48}>
          {data.map((d) => (
            <Cell key={d.year} fill={fills[d.tone]} />
          ))}
          <LabelList dataKey="label" position="top" fill="var(--text)" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
