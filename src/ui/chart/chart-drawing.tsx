import type { ChartDrawing as Drawing } from '../../model/chart-spec/chart-spec.ts';
import { BarsDrawing, ChangeDrawing, IndexDrawing, TrendDrawing } from './draw/lazy-drawings.ts';
import { ListDrawing } from './draw/list-drawing.tsx';
import type { ChartTokens } from './tokens.ts';
import type { VariantStyle } from './variants.ts';

/** The height a drawing needs in a variant; null for text, which takes what it needs. */
export function drawingHeight(drawing: Drawing, style: VariantStyle): number | null {
  switch (drawing.kind) {
    case 'bars':
      return drawing.bars.length * style.barRow + 16;
    case 'list':
      return null;
    default:
      return style.height[drawing.kind];
  }
}

interface ChartDrawingProps {
  drawing: Drawing;
  tokens: ChartTokens;
  style: VariantStyle;
  /** null for a list, which takes the height its text needs. */
  height: number | null;
}

/** Picks the drawing for a specification's kind. */
export function ChartDrawing({ drawing, height, ...rest }: ChartDrawingProps) {
  if (drawing.kind === 'list')
    return <ListDrawing items={drawing.items} emphasis={drawing.emphasis} />;
  const sized = { ...rest, height: height ?? 0 };
  switch (drawing.kind) {
    case 'trend':
      return <TrendDrawing drawing={drawing} {...sized} />;
    case 'bars':
      return <BarsDrawing drawing={drawing} {...sized} />;
    case 'change':
      return <ChangeDrawing drawing={drawing} {...sized} />;
    case 'index':
      return <IndexDrawing drawing={drawing} {...sized} />;
  }
}
