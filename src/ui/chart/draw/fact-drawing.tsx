import type { DrawingProps } from './drawing-props.ts';

/** One published figure as a tile: the number, big, its year, and the words it was published in. */
export function FactDrawing({ drawing }: Pick<DrawingProps<'fact'>, 'drawing'>) {
  return (
    <div className="fact">
      <p className={drawing.approximate ? 'fact-figure fact-approximate' : 'fact-figure'}>
        {drawing.figure}
      </p>
      <p className="fact-year">{drawing.year}</p>
      <blockquote className="fact-quote" lang="zh">
        {drawing.quote}
      </blockquote>
    </div>
  );
}
