/**
 * Where a chart is shown: on a page, alone in an iframe, on a slide read from the back of a
 * room, or as an exported image. Sizes live here, never inside the drawings.
 */
export type ChartVariant = 'page' | 'embed' | 'slide' | 'export' | 'document';

export interface VariantStyle {
  /**
   * Axis ticks, legend and the figures on marks, in px; null takes the page's own type, so the
   * themes and wide screens (a projector) scale chart text with the rest of the page.
   */
  fontSize: number | null;
  strokeWidth: number;
  dotRadius: number;
  /**
   * Plots at a fixed height of their kind (drawings.ts), in px: an exported image's, or a
   * printed page's; otherwise (false) the stylesheet sets it, in rem like the type.
   */
  fixedHeight: false | 'export' | 'print';
  /** A bar's thickness. */
  barSize: number;
  /** A fixed width in px, or null to fill the frame. */
  width: number | null;
  /** Draw at once rather than when scrolled near: slides, printing and exports cannot wait. */
  eager: boolean;
}

const page: VariantStyle = {
  fontSize: null,
  strokeWidth: 3,
  dotRadius: 5,
  fixedHeight: false,
  barSize: 18,
  width: null,
  eager: false,
};

/**
 * A page's chart while it prints: drawn at its width on the paper (print-page.ts), never scaled,
 * so 11 px ticks print at 8.25 pt.
 */
export function printStyle(width: number): VariantStyle {
  return {
    fontSize: 11,
    strokeWidth: 2,
    dotRadius: 3.5,
    fixedHeight: 'print',
    barSize: 12,
    width,
    eager: true,
  };
}

export const variantStyles: Record<ChartVariant, VariantStyle> = {
  page,
  embed: page,
  // 1/45 of a 1080 px stage is 24 px: the smallest label read from the back of a room. The
  // plot takes what the slide's layout leaves it, so a long summary never pushes it off the stage.
  slide: {
    fontSize: 26,
    strokeWidth: 6,
    dotRadius: 9,
    fixedHeight: false,
    barSize: 36,
    width: null,
    eager: true,
  },
  export: {
    ...page,
    fontSize: 14,
    fixedHeight: 'export',
    width: 960,
    eager: true,
  },
  // A document's figure is placed at its drawn width (figure-layouts.ts DOCUMENT_WIDTH), like
  // a printed page's.
  document: printStyle(600),
};
