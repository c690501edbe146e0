import type PptxGenJS from 'pptxgenjs';
import type { Dataset } from '../../../dataset/model.ts';
import type { Lang } from '../../../i18n/lang.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { Slide } from '../deck.ts';
import type { ChartPatch } from './chart-series.ts';
import {
  AREA,
  COLOUR,
  FONT,
  PAGE,
  SIZE,
  fitSize,
  heightOf,
  langTag,
  widthOf,
} from './deck-look.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One slide being drawn, with what every part of it needs. */
export interface Page {
  pres: PptxGenJS;
  slide: PptxGenJS.Slide;
  dataset: Dataset;
  year: number;
  years: readonly number[];
  lang: Lang;
  t: Translate;
  /** What each native chart still needs after pptxgenjs has written it, in the order added. */
  charts: ChartPatch[];
}

export interface TextStyle {
  size: number;
  colour?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
}

export type Runs = PptxGenJS.TextProps[];

export type SlideOf<K extends Slide['kind']> = Extract<Slide, { kind: K }>;

/** Columns side by side, `gap` inches apart, across the content area. */
export function columns(count: number, gap = 0.5): { x: number; w: number }[] {
  const w = (AREA.w - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({ x: AREA.x + i * (w + gap), w }));
}

/**
 * A real text box, editable in PowerPoint: the deck's face for Latin and East Asian text alike,
 * no inner margin (the layout places text exactly) and no autofit, which PowerPoint would only
 * apply once someone edits the box; sizes are chosen to fit instead.
 */
export function addText(page: Page, text: string | Runs, box: Box, style: TextStyle): void {
  page.slide.addText(text, {
    ...box,
    fontFace: FONT,
    fontSize: style.size,
    color: style.colour ?? COLOUR.text,
    bold: style.bold ?? false,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    margin: 0,
    fit: 'none',
    lang: langTag(page.lang),
  });
}

/** A filled bar: the accent rule at the top, a column's coloured rule, a tile's edge. */
export function addBar(page: Page, box: Box, colour: string): void {
  page.slide.addShape(page.pres.ShapeType.rect, {
    ...box,
    fill: { color: colour },
    line: { color: colour, width: 0 },
  });
}

/**
 * The red rule across the top and the heading, in one or two lines: a long name wraps and
 * the content starts below it. Returns where the content starts, in inches.
 */
export function addHeading(page: Page, title: string): number {
  addBar(page, { x: 0, y: 0, w: PAGE.w, h: 0.083 }, COLOUR.accent);
  const size = fitSize(SIZE.title, 28, 1.0, (s) => heightOf(title, AREA.w, s, true));
  const h = heightOf(title, AREA.w, size, true);
  addText(page, title, { x: AREA.x, y: 0.36, w: AREA.w, h }, { size, bold: true });
  return Math.max(AREA.top, 0.36 + h + 0.3);
}

/**
 * The small print, as on the screen's slide: where its figures were published, then "slide 3
 * of 12". A long list of sources steps down to 10 pt rather than run off the page.
 */
export function addFootnote(page: Page, text: string, number: number, total: number): void {
  const top = 6.72;
  const width = 9.4;
  addBar(page, { x: AREA.x, y: top, w: AREA.w, h: 0.014 }, COLOUR.grid);
  const size = fitSize(SIZE.footnote, SIZE.minFootnote, PAGE.h - top - 0.2, (s) =>
    heightOf(text, width, s),
  );
  const box = { y: top + 0.08, h: PAGE.h - top - 0.2 };
  addText(page, text, { ...box, x: AREA.x, w: width }, { size, colour: COLOUR.muted });
  addText(
    page,
    page.t('slideOf', { number, total }),
    { ...box, x: AREA.x + width + 0.2, w: AREA.w - width - 0.2 },
    { size: SIZE.footnote, colour: COLOUR.muted, align: 'right' },
  );
}

/** The words a figure was published in, under "原文", beside a thin rule, centred in its box. */
export function addQuote(page: Page, quote: string, box: Box): void {
  const text = page.t('quoted', { text: quote });
  const x = box.x + 0.3;
  const w = box.w - 0.3;
  const caption = 0.34;
  const size = fitSize(22, SIZE.minBody, box.h - caption, (s) => heightOf(text, w, s));
  const h = Math.min(box.h, caption + heightOf(text, w, size));
  const y = box.y + (box.h - h) / 2;
  addBar(page, { x: box.x, y, w: 0.055, h }, COLOUR.grid);
  addText(
    page,
    page.t('publishedSentence'),
    { x, y, w, h: caption },
    {
      size: SIZE.small,
      colour: COLOUR.muted,
    },
  );
  addText(page, text, { x, y: y + caption, w, h: h - caption }, { size });
}

/** The year beside a figure in a thin frame, as on the screen; an earlier year's in the accent colour. */
export function addBadge(
  page: Page,
  text: string,
  at: { x: number; y: number },
  earlier: boolean,
): void {
  const w = widthOf(text, SIZE.minBody) + 0.3;
  page.slide.addText(text, {
    ...at,
    w,
    h: 0.4,
    shape: page.pres.ShapeType.roundRect,
    rectRadius: 0.08,
    line: { color: earlier ? COLOUR.accent : COLOUR.grid, width: 1.5 },
    fontFace: FONT,
    fontSize: SIZE.minBody,
    color: COLOUR.text,
    align: 'center',
    valign: 'middle',
    margin: 0,
    lang: langTag(page.lang),
  });
}
