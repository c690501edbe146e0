import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface BarDatum {
  name: string;
  value: number;
  label: string;
}

export interface BarsChartProps {
  data: readonly BarDatum[];
  /** Room for the metric names on the left. */
  nameWidth: number;
  /** 100 for percentages, so a bar's length means the same in every chart. */
  max: number | 'dataMax';
}

/** Several metrics of one unit in one year, as horizontal bars labelled with their figures. */
export default function BarsChart({ data, nameWidth, max }: BarsChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data as BarDatum[]}
        layout="vertical"
        margin={{ top: 4, right: 96, bottom: 4, left: 4 }}
      >
        <XAxis type="number" hide domain={[0, max]} />
        <YAxis
          type="category"
          dataKey="name"
          width={nameWidth}
          stroke="var(--muted)"
          tick={{ fill: 'var(--text)', fontSize: 13 }}
          tickLine={false}
          interval={0}
        />
        <Bar
          dataKey="value"
          fill="var(--chart-1)"
          isAnimationActive={false}
          barSize={18}
          minPointSize={2}
        >
          <LabelList dataKey="label" position="right" fill="var(--text)" fontSize={13} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
