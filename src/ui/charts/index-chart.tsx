import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { axisStyle, gridStroke } from './chart-style.ts';

export interface IndexLine {
  key: string;
  name: string;
  /** One value per year; null leaves a gap. */
  values: readonly (number | null)[];
  dashed: boolean;
}

export interface IndexChartProps {
  years: readonly number[];
  lines: readonly IndexLine[];
}

const palette = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
];
const dashes = ['', '6 3', '2 3', '8 3 2 3'];

/** Several metrics as indices of one base year (= 100), each with its own colour and dash. */
export default function IndexChart({ years, lines }: IndexChartProps) {
  const data = years.map((year, i) => ({
    year,
    ...Object.fromEntries(lines.map((l) => [l.key, l.values[i] ?? null])),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={gridStroke} vertical={false} />
        <XAxis dataKey="year" {...axisStyle} padding={{ left: 16, right: 16 }} />
        <YAxis {...axisStyle} width={48} domain={['auto', 'auto']} />
        <ReferenceLine y={100} stroke="var(--muted)" strokeDasharray="4 4" />
        <Legend wrapperStyle={{ color: 'var(--text)', fontSize: 13 }} />
        {lines.map((l, i) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.name}
            stroke={palette[i % palette.length]}
            strokeWidth={2.5}
            strokeDasharray={
              l.dashed ? '4 4' : dashes[Math.floor(i / palette.length) % dashes.length]
            }
            dot={{ r: 4, fill: palette[i % palette.length] }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
