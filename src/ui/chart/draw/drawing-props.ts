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
  /** The frame's width in px when known as it starts to draw: the first render draws at once. */
  width?: number;
}

/**
 * ResponsiveContainer's size: the variant's fixed width or the frame's, the drawing's height
 * or the frame's, and before it has measured its box (it would draw nothing until the next
 * frame) the frame's width as the chart started to draw, where that and the height are known.
 */
export function containerSize(style: VariantStyle, height: number | null, width?: number) {
  return {
    width: style.width ?? ('100%' as const),
    height: height ?? ('100%' as const),
    initialDimension: width && height ? { width, height } : undefined,
  };
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

/**
 * The value axis's width. On a page Recharts measures its labels; at a fixed type size (a slide,
 * an export) the width is worked out from the longest label instead, because a slide is drawn
 * scaled down and a measure taken through that scaling would clip the labels.
 */
export function valueAxisWidth(
  style: VariantStyle,
  values: readonly number[],
  format: (value: number) => string,
): number | 'auto' {
  if (style.fontSize === null) return 'auto';
  const longest = Math.max(1, ...values.map((v) => format(v).length));
  return Math.ceil(longest * style.fontSize * 0.62) + 12;
}
