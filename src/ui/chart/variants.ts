/**
 * Where a chart is shown: on a page, alone in an iframe, on a slide read from the back of a
 * room, or as an exported image. Sizes live here, never inside the drawings.
 */
export type ChartVariant = 'page' | 'embed' | 'slide' | 'export';

export interface VariantStyle {
  /** Axis ticks and legend. */
  fontSize: number;
  /** Figures on the marks. */
  labelSize: number;
  strokeWidth: number;
  dotRadius: number;
  /** Plot height of each drawing kind that has a fixed one. */
  height: { trend: number; change: number; index: number };
  /** A bar's thickness. */
  barSize: number;
  /** A fixed width in px, or null to fill the frame. */
  width: number | null;
  /** Draw at once rather than when scrolled near: slides, printing and exports cannot wait. */
  eager: boolean;
}

const page: VariantStyle = {
  fontSize: 13,
  labelSize: 13,
  strokeWidth: 3,
  dotRadius: 5,
  height: { trend: 260, change: 220, index: 360 },
  barSize: 18,
  width: null,
  eager: false,
};

export const variantStyles: Record<ChartVariant, VariantStyle> = {
  page,
  embed: page,
  // 1/45 of a 1080 px stage is 24 px: the smallest label read from the back of a room.
  slide: {
    fontSize: 24,
    labelSize: 28,
    strokeWidth: 6,
    dotRadius: 9,
    height: { trend: 560, change: 520, index: 600 },
    barSize: 36,
    width: null,
    eager: true,
  },
  export: { ...page, width: 960, eager: true },
};
