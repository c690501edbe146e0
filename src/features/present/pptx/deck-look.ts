import { estimateWidth, wrapText } from '../../../model/export/svg-text.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { chartTokens } from '../../../ui/chart/tokens.ts';

/*
 * The PowerPoint deck's page: 16:9 at 13.33 × 7.5 in (PowerPoint's "widescreen"), laid out as
 * the 1920 × 1080 stage of the slides on screen. One stage pixel is half a point, so the type
 * sizes are the stylesheet's (present.css) halved: 60 px headings are 30 pt, 36 px body 18 pt.
 */

/**
 * The CJK face every Windows has, so PowerPoint and WPS there draw the deck as laid out; other
 * systems substitute their own CJK font (LibreOffice here: Noto Sans CJK).
 */
export const FONT = 'Microsoft YaHei';

/** The language tag text runs carry, for spelling and line breaking. */
export const langTag = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

export const PAGE = { w: 13.333, h: 7.5 };

/** Stage padding 96 px either side; the footnote band from 6.72 in down. */
export const AREA = { x: 0.667, w: 12, top: 1.25, bottom: 6.5 };

export const SIZE = {
  title: 30,
  /** Headings within a slide (a group of findings, a column of changes). */
  heading: 20,
  body: 18,
  /** Never below this: the back of a room. */
  minBody: 16,
  small: 14,
  footnote: 12,
  minFootnote: 10,
  figure: 60,
};

/** A chart's markers: size (pt across) and outline width (pt), as pptxgenjs and the patch draw them. */
export const MARKER = { size: 10, line: 2 };

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const light = chartTokens.light;

/** The report palette, always light whatever the screen shows (hex as pptxgenjs takes it). */
export const COLOUR = {
  text: hex(light.text),
  muted: hex(light.muted),
  grid: hex(light.grid),
  neutral: hex(light.neutral),
  good: hex(light.good),
  bad: hex(light.bad),
  white: hex(light.background),
  categorical: light.categorical.map(hex),
  /** The slides' red rule and kicker: the page's accent, the palette's red. */
  accent: hex(light.bad),
};

/**
 * A line's usable share of its box when lines are counted ahead: office suites break lines
 * less tightly than the rule of thumb, and LibreOffice spaces Latin from Chinese; a text
 * counted short would run over what is below it.
 */
export const SLACK = 0.86;

/** How many lines a text takes in a box `width` inches wide, by the rule of thumb specs use too. */
export function linesOf(text: string, width: number, size: number, bold = false): number {
  return text
    .split('\n')
    .reduce(
      (n, part) =>
        n + Math.max(1, wrapText(part, width * 72 * SLACK, size, estimateWidth, bold).length),
      0,
    );
}

/** A text's height in inches at a size, lines 1.2 apart as PowerPoint sets them. */
export function heightOf(text: string, width: number, size: number, bold = false): number {
  return (linesOf(text, width, size, bold) * size * 1.2) / 72;
}

/** How wide a one-line text is drawn, in inches. */
export function widthOf(text: string, size: number, bold = false): number {
  return estimateWidth(text, size, bold) / 72;
}

/**
 * The largest size from `from` down to `to` at which `height(size)` fits `room` inches: text
 * steps down a point at a time rather than spill over the footnote, and stops at the floor.
 */
export function fitSize(from: number, to: number, room: number, height: (size: number) => number) {
  let size = from;
  while (size > to && height(size) > room) size -= 1;
  return size;
}

/** A figure never breaks: it steps down a size until it fits its column, with room to spare. */
export function figureSize(number: string, width: number, from: number, to: number): number {
  return fitSize(from, to, width * SLACK, (s) => widthOf(number, s, true));
}
