import type { ChartDrawing } from '../../../model/chart-spec/chart-spec.ts';

/** One published figure as a tile: the number, big, its year, and the words it was published in. */
export function FactDrawing({ drawing }: { drawing: Extract<ChartDrawing, { kind: 'fact' }> }) {
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
