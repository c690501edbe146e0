import type { ChartDrawing } from '../../../model/chart-spec/chart-spec.ts';
import type { ChartTokens } from '../tokens.ts';
import type { VariantStyle } from '../variants.ts';

export interface DrawingProps<K extends ChartDrawing['kind']> {
  drawing: Extract<ChartDrawing, { kind: K }>;
  tokens: ChartTokens;
  style: VariantStyle;
  /** In px, or null to fill the height the stylesheet gives the chart body. */
  height: number | null;
  /** The chart's name, for the drawing's own accessible name. */
  label: string;
}

/**
 * The chart surface is focusable so a keyboard reader can walk the marks with the arrow keys
 * (Recharts' accessibility layer) and hear the tooltip; it reads as one named image, while
 * the summary and the data table beside it carry the figures in text.
 */
export function surfaceProps(label: string) {
  return { accessibilityLayer: true, role: 'img', title: label } as const;
}

/** Axis lines and ticks in the theme's muted colour, sized for the variant. */
export function axisProps(tokens: ChartTokens, style: VariantStyle) {
  return {
    stroke: tokens.muted,
    tick: { fill: tokens.muted, fontSize: style.fontSize ?? undefined },
  } as const;
}
