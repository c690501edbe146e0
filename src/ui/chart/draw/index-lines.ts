import type { ChartDrawing, IndexLine } from '../../../model/chart-spec/chart-spec.ts';
import type { ChartTokens } from '../tokens.ts';

const dashes = ['', '6 3', '2 3', '8 3 2 3'];

/**
 * Each index line's colour and dash: a colour per metric, a dash once the colours run out,
 * and a short dash for approximate figures. The drawing and an exported legend share it.
 */
export function indexLineStyle(line: IndexLine, i: number, tokens: ChartTokens) {
  const { categorical } = tokens;
  return {
    colour: categorical[i % categorical.length] ?? tokens.neutral,
    dash:
      line.meaning === 'approximate'
        ? '4 4'
        : (dashes[Math.floor(i / categorical.length) % dashes.length] ?? ''),
  };
}

/** The legend of a drawing, as an export writes it beside the drawn chart. */
export function legendOf(drawing: ChartDrawing, tokens: ChartTokens) {
  if (drawing.kind !== 'index') return [];
  return drawing.lines.map((line, i) => ({ name: line.name, ...indexLineStyle(line, i, tokens) }));
}
