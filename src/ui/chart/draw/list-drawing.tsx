import type { ListItem } from '../../../model/chart-spec/chart-spec.ts';

/** The chart's content as text, item by item, where a drawing would mislead or has nothing to draw. */
export function ListDrawing({
  items,
  emphasis,
}: {
  items: readonly ListItem[];
  emphasis: 'label';
}) {
  return (
    <ul className={`chart-list emphasis-${emphasis}`}>
      {items.map((item) => (
        <li key={item.label}>
          <span className="chart-list-label">{item.label}</span>
          <span className="chart-list-text">{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
