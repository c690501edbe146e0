import type { ChartDrawing as Drawing } from '../../model/chart-spec/chart-spec.ts';
import { FactDrawing } from './draw/fact-drawing.tsx';
import { loadedDrawings } from './draw-turns.ts';
import { ChangeDrawing, IndexDrawing, TrendDrawing } from './draw/lazy-drawings.ts';
import { ListDrawing } from './draw/list-drawing.tsx';
import type { ChartTokens } from './tokens.ts';
import type { VariantStyle } from './variants.ts';

/** The height a drawing takes in a variant, in px; null where text or the stylesheet decides. */
export function drawingHeight(drawing: Drawing, style: VariantStyle): number | null {
  if (drawing.kind === 'list' || drawing.kind === 'fact' || !style.height) return null;
  return style.height[drawing.kind];
}

interface ChartDrawingProps {
  drawing: Drawing;
  tokens: ChartTokens;
  style: VariantStyle;
  height: number | null;
  label: string;
  /** The frame's width in px as it starts to draw, where known. */
  width?: number;
}

/** Picks the drawing for a specification's kind. */
export function ChartDrawing({ drawing, height, ...rest }: ChartDrawingProps) {
  if (drawing.kind === 'list')
    return <ListDrawing items={drawing.items} emphasis={drawing.emphasis} />;
  if (drawing.kind === 'fact') return <FactDrawing drawing={drawing} />;
  const sized = { ...rest, height };
  switch (drawing.kind) {
    case 'trend': {
      const Trend = loadedDrawings.trend ?? TrendDrawing;
      return <Trend drawing={drawing} {...sized} />;
    }
    case 'change': {
      const Change = loadedDrawings.change ?? ChangeDrawing;
      return <Change drawing={drawing} {...sized} />;
    }
    case 'index': {
      const Index = loadedDrawings.index ?? IndexDrawing;
      return <Index drawing={drawing} {...sized} />;
    }
  }
}
