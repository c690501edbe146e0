import type { ChartDrawing, IndexLine } from '../../../model/chart-spec/chart-spec.ts';
import type { ChartTokens } from '../tokens.ts';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** Past the palette, each round of colours takes the next marker and dash. */
const markers: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];
const dashes = ['', '8 3', '2 3', '8 3 2 3'];
/** Approximate figures: a short even dash, whatever the round. */
export const APPROXIMATE_DASH = '4 4';

export interface SeriesStyle {
  colour: string;
  /** An SVG stroke-dasharray; '' is solid. */
  dash: string;
  marker: MarkerShape;
}

/**
 * The i-th series' look: its own colour while the palette lasts, then the palette again with
 * another marker and dash, so no two series of a chart look alike (up to four rounds).
 */
export function seriesStyle(i: number, tokens: ChartTokens, approximate = false): SeriesStyle {
  const { categorical } = tokens;
  const round = Math.floor(i / categorical.length) % markers.length;
  return {
    colour: categorical[i % categorical.length] ?? tokens.neutral,
    dash: approximate ? APPROXIMATE_DASH : (dashes[round] ?? ''),
    marker: markers[round] ?? 'circle',
  };
}

/** Each index line's look. The drawing, its line-end labels and an exported legend share it. */
export function indexLineStyle(line: IndexLine, i: number, tokens: ChartTokens): SeriesStyle {
  return seriesStyle(i, tokens, line.meaning === 'approximate');
}

/** The legend of a drawing, as an export writes it beside the drawn chart: only the lines drawn. */
export function legendOf(drawing: ChartDrawing, tokens: ChartTokens) {
  if (drawing.kind !== 'index') return [];
  return drawing.lines.map((line, i) => ({ name: line.name, ...indexLineStyle(line, i, tokens) }));
}
