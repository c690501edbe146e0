import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { DrawingProps } from './drawing-props.ts';

/** Several metrics of one unit in one year, as horizontal bars labelled with their figures. */
export default function BarsDrawing({ drawing, tokens, style, height }: DrawingProps<'bars'>) {
  const longest = Math.max(...drawing.bars.map((b) => b.name.length));
  // Room for the names: a CJK character is about one em wide, a Latin one about half.
  const perChar = /[\u3400-\u9fff]/.test(drawing.bars.map((b) => b.name).join(''))
    ? style.fontSize * 1.1
    : style.fontSize * 0.55;
  return (
    <ResponsiveContainer width={style.width ?? '100%'} height={height}>
      <BarChart
        data={drawing.bars}
        layout="vertical"
        margin={{ top: 4, right: style.labelSize * 7, bottom: 4, left: 4 }}
      >
        <XAxis type="number" hide domain={[0, drawing.max]} />
        <YAxis
          type="category"
          dataKey="name"
          width={Math.min(style.fontSize * 20, Math.max(style.fontSize * 7, longest * perChar))}
          stroke={tokens.muted}
          tick={{ fill: tokens.text, fontSize: style.fontSize }}
          tickLine={false}
          interval={0}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={style.barSize} minPointSize={2}>
          {drawing.bars.map((b) => (
            <Cell
              key={b.name}
              fill={b.meaning === 'approximate' ? tokens.background : tokens.neutral}
              stroke={tokens.neutral}
              strokeWidth={2}
            />
          ))}
          <LabelList
            dataKey="label"
            position="right"
            fill={tokens.text}
            fontSize={style.labelSize}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
