/**
 * The shapes of an exported image: a figure for a report, a 16:9 slide, and the drawing alone
 * for a document that sets its title, caption and source itself (the Word brief).
 */
export type FigureLayout = 'figure' | 'slide' | 'document';

/** A document's text width in CSS px (16 cm on A4 with 2.5 cm margins): its figures' width. */
export const DOCUMENT_WIDTH = 600;

/** The colours an exported figure is drawn in: the current theme's, as concrete values. */
export interface FigureColours {
  background: string;
  text: string;
  muted: string;
  grid: string;
}

export interface LayoutSizes {
  width: number;
  /** Fixed for a slide; a figure is as tall as its content. */
  height: number | null;
  pad: number;
  /** Type sizes in px. */
  title: number;
  unit: number;
  body: number;
  small: number;
  /** The number on a fact tile. */
  figure: number;
  gap: number;
  /** How far a drawing may be enlarged to fill the width (it is always shrunk to fit). */
  maxPlotScale: number;
  /** Strokes that are not the chart's own: the quote bar, legend samples. */
  stroke: number;
  /** The drawing, its key and notes only: the document around it gives title, summary and source. */
  plotOnly?: true;
}

export const figureLayouts: Record<FigureLayout, LayoutSizes> = {
  // 960 px of drawing (the export variant's width) and a margin: a report's full column at 2×.
  figure: {
    width: 1008,
    height: null,
    pad: 24,
    title: 20,
    unit: 14,
    body: 15,
    small: 13,
    figure: 44,
    gap: 12,
    maxPlotScale: 1,
    stroke: 3,
  },
  // Placed at its own width in a document, so 11 px ticks (the printed pages' 8.25 pt) stay
  // that size on paper.
  document: {
    width: DOCUMENT_WIDTH,
    height: null,
    pad: 0,
    title: 15,
    unit: 11,
    body: 11,
    small: 10,
    figure: 32,
    gap: 8,
    maxPlotScale: 1,
    stroke: 2,
    plotOnly: true,
  },
  // 1920×1080 and type read from the back of a room: the smallest text is 1/45 of the height.
  slide: {
    width: 1920,
    height: 1080,
    pad: 80,
    title: 56,
    unit: 28,
    body: 32,
    small: 24,
    figure: 140,
    gap: 28,
    maxPlotScale: 1,
    stroke: 8,
  },
};
