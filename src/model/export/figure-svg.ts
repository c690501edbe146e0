import { formatDate } from '../../i18n/format.ts';
import { translator, type Translate } from '../../i18n/translate.ts';
import type { ChartSpec } from '../chart-spec/chart-spec.ts';
import { figureLayouts, type FigureColours, type FigureLayout } from './figure-layouts.ts';
import { drawFact, drawLegend, drawList, type LegendEntry } from './figure-parts.ts';
import { CJK_FONT_STACK, escapeXml, type Measure } from './svg-text.ts';
import { round, TextPen } from './text-pen.ts';

export type { FigureColours, FigureLayout, LegendEntry };

/** A drawing already made by the chart library: its SVG content, cleaned, and its size in px. */
export interface DrawnPlot {
  markup: string;
  width: number;
  height: number;
}

export type FigureSpec = Pick<
  ChartSpec,
  'lang' | 'title' | 'unit' | 'summary' | 'sourceLine' | 'region' | 'updated' | 'notes' | 'drawing'
>;

export interface FigureContent {
  spec: FigureSpec;
  /** The drawn chart, for trends, changes and indices; lists and fact tiles are written here. */
  plot: DrawnPlot | null;
  legend: readonly LegendEntry[];
}

export interface ComposedFigure {
  svg: string;
  width: number;
  height: number;
}

/**
 * The one-line key an image needs when its marks mean more than their position: hollow points
 * for approximate figures, a break where the definition changed. Null when nothing needs it.
 */
export function figureKey(drawing: FigureSpec['drawing'], t: Translate): string | null {
  if (drawing.kind !== 'trend') return null;
  const parts = [
    drawing.points.some((p) => p.value !== null && p.meaning === 'approximate') &&
      t('figureKeyApprox'),
    drawing.points.some((p) => p.breakBefore) && t('figureKeyBreak'),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(t('figureKeyJoin')) : null;
}

/**
 * One standalone SVG of a whole chart, ready to paste into a report: title and unit, the
 * one-sentence summary, the drawing, its legend and notes, and a footer with the sources,
 * the region and the date the data was compiled. Every text is SVG text in a named CJK font
 * stack; nothing refers to a stylesheet, a script or another file.
 */
export function composeFigure(
  { spec, plot, legend }: FigureContent,
  layout: FigureLayout,
  colours: FigureColours,
  measure: Measure,
): ComposedFigure {
  const sizes = figureLayouts[layout];
  const t = translator(spec.lang);
  const head = new TextPen(sizes, colours, measure, sizes.pad);
  if (!sizes.plotOnly) {
    head.heading(spec.title, spec.unit);
    head.paragraph(spec.summary, sizes.body, colours.text);
  }
  const top = sizes.plotOnly ? 0 : head.y + sizes.gap;

  // Footer and legend are set first (from 0), so that on a slide the footer sits at the
  // bottom and the drawing takes the room that is left.
  const footer = new TextPen(sizes, colours, measure);
  if (!sizes.plotOnly) {
    footer.rule();
    footer.paragraph(spec.sourceLine, sizes.small, colours.muted);
    const updated = t('updated', { date: formatDate(spec.updated, spec.lang) });
    footer.paragraph(
      t('exportFooter', { region: spec.region, updated }),
      sizes.small,
      colours.muted,
    );
  }
  const below = new TextPen(sizes, colours, measure);
  drawLegend(below, legend);
  const key = figureKey(spec.drawing, t);
  if (key) below.paragraph(key, sizes.small, colours.muted);
  for (const note of spec.notes) below.paragraph(note, sizes.small, colours.muted);
  const belowGap = below.y ? sizes.gap : 0;

  const body = new TextPen(sizes, colours, measure, top);
  if (plot) {
    const room =
      sizes.height === null
        ? Infinity
        : sizes.height - sizes.pad - footer.y - sizes.gap - below.y - belowGap - top;
    const scale = Math.min(sizes.maxPlotScale, body.inner / plot.width, room / plot.height);
    const [w, h] = [plot.width * scale, plot.height * scale];
    // On a slide the drawing sits in the middle of the room left for it, not under the title.
    if (room !== Infinity) body.y += (room - h) / 2;
    body.raw(
      `<svg x="${round(sizes.pad + (body.inner - w) / 2)}" y="${round(body.y)}" width="${round(w)}" height="${round(h)}" viewBox="0 0 ${plot.width} ${plot.height}" overflow="visible">${plot.markup}</svg>`,
    );
    body.y += h;
  } else if (spec.drawing.kind === 'fact') drawFact(body, spec.drawing);
  else if (spec.drawing.kind === 'list') drawList(body, spec.drawing.items);

  const belowTop = body.y + belowGap;
  const height = sizes.height ?? Math.ceil(belowTop + below.y + sizes.gap + footer.y + sizes.pad);
  const footerTop = height - sizes.pad - footer.y;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${sizes.width}" height="${height}" viewBox="0 0 ${sizes.width} ${height}" font-family="${escapeXml(CJK_FONT_STACK)}" xml:lang="${spec.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml(spec.summary)}</desc>`,
    `<rect width="${sizes.width}" height="${height}" fill="${colours.background}"/>`,
    head.markup(),
    body.markup(),
    `<g transform="translate(0 ${round(belowTop)})">${below.markup()}</g>`,
    `<g transform="translate(0 ${round(footerTop)})">${footer.markup()}</g>`,
    '</svg>',
  ].join('');
  return { svg, width: sizes.width, height };
}
