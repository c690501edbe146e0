import { lazy, memo, type ComponentType } from 'react';
import type { ChartDrawing as Drawing } from '../../model/chart-spec/chart-spec.ts';
import type { DrawingProps } from './draw/drawing-props.ts';
import { loadDrawing, loadedDrawings } from './draw-turns.ts';
import { drawingOf, drawings, type DrawingKind, type PlotKind } from './drawings.ts';
import type { ChartTokens } from './tokens.ts';
import type { VariantStyle } from './variants.ts';

/** The height a drawing takes in a variant, in px; null where text or the stylesheet decides. */
export function drawingHeight(drawing: Drawing, style: VariantStyle): number | null {
  const entry = drawingOf(drawing.kind);
  return entry.text || !style.fixedHeight ? null : entry.fixedHeight[style.fixedHeight];
}

// A chart that draws in its turn (draw-turns.ts) finds its code already in (loadedDrawings) and
// renders it at once: through React.lazy it would first show its fallback, and React holds a
// fallback's replacement back for a moment so that loading states do not flicker.
const lazyDrawings = Object.fromEntries(
  Object.entries(drawings).flatMap(([kind, entry]) =>
    entry.text ? [] : [[kind, lazy(() => loadDrawing(kind as PlotKind))]],
  ),
) as unknown as { [K in PlotKind]: ComponentType<DrawingProps<K>> };

/** The component that draws a kind: its text drawing, or its plot, loaded or loading. */
function componentOf<K extends DrawingKind>(kind: K): ComponentType<DrawingProps<K>> {
  const entry = drawingOf(kind);
  if (entry.text) return entry.component;
  const plot = kind as K & PlotKind;
  return (loadedDrawings[plot] ?? lazyDrawings[plot]) as ComponentType<DrawingProps<K>>;
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

/**
 * Draws a specification's drawing with the component its kind has in the table (drawings.ts).
 * Memoised: the frame re-renders when the drawing is marked drawn, which must not redraw it.
 */
export const ChartDrawing = memo(function ChartDrawing({ drawing, ...rest }: ChartDrawingProps) {
  const Drawing = componentOf(drawing.kind) as ComponentType<DrawingProps<typeof drawing.kind>>;
  return <Drawing drawing={drawing} {...rest} />;
});
