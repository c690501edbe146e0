import type { DrawingProps } from './drawing-props.ts';

/** The chart's content as text, item by item, where a drawing would mislead or has nothing to draw. */
export function ListDrawing({ drawing }: Pick<DrawingProps<'list'>, 'drawing'>) {
  return (
    <ul className={`chart-list emphasis-${drawing.emphasis}`}>
      {drawing.items.map((item) => (
        <li key={item.label}>
          <span className="chart-list-label">{item.label}</span>
          <span className="chart-list-text">{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
