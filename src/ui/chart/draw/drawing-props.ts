import type { ChartDrawing } from '../../../model/chart-spec/chart-spec.ts';
import type { ChartTokens } from '../tokens.ts';
import type { VariantStyle } from '../variants.ts';

export interface DrawingProps<K extends ChartDrawing['kind']> {
  drawing: Extract<ChartDrawing, { kind: K }>;
  tokens: ChartTokens;
  style: VariantStyle;
  height: number;
}

/** Axis lines and ticks in the theme's muted colour, sized for the variant. */
export function axisProps(tokens: ChartTokens, style: VariantStyle) {
  return {
    stroke: tokens.muted,
    tick: { fill: tokens.muted, fontSize: style.fontSize },
  } as const;
}
