import type { Measure } from '../../model/export/svg-text.ts';
import { CJK_FONT_STACK, estimateWidth } from '../../model/export/svg-text.ts';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Text widths from the browser's own fonts, the ones the exported SVG names, so that lines
 * wrap where they will be drawn. Falls back to a rule of thumb where a canvas has no context.
 */
export const measureText: Measure = (text, fontSize, bold = false) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth(text, fontSize, bold);
  context.font = `${bold ? '700 ' : ''}${fontSize}px ${CJK_FONT_STACK}`;
  return context.measureText(text).width;
};
