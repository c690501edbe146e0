import type PptxGenJS from 'pptxgenjs';
import type { ChartSpec, ValueAxisSpec } from '../../../model/chart-spec/chart-spec.ts';
import { plotOf } from './chart-series.ts';
import { COLOUR, FONT, MARKER, SIZE, heightOf, langTag } from './deck-look.ts';
import { addQuote, addText, type Box, type Page } from './page-parts.ts';

export type { ChartPatch } from './chart-series.ts';

/** How every native chart looks: the deck's face and sizes, the report palette, no legend. */
const LOOK: PptxGenJS.IChartOpts = {
  legendPos: 'b',
  legendFontFace: FONT,
  legendFontSize: SIZE.small,
  dataLabelFontFace: FONT,
  dataLabelFontSize: SIZE.minBody,
  dataLabelColor: COLOUR.text,
  catAxisLabelFontFace: FONT,
  catAxisLabelFontSize: SIZE.minBody,
  catAxisLabelColor: COLOUR.muted,
  catAxisLineColor: COLOUR.muted,
  catAxisMajorTickMark: 'none',
  valAxisLabelFontFace: FONT,
  valAxisLabelFontSize: SIZE.small,
  valAxisLabelColor: COLOUR.muted,
  valAxisLineShow: false,
  valAxisMajorTickMark: 'none',
  valGridLine: { color: COLOUR.grid, size: 1 },
  catGridLine: { style: 'none' },
  lineSize: 3,
  lineDataSymbol: 'circle',
  lineDataSymbolSize: MARKER.size,
  lineDataSymbolLineSize: MARKER.line,
  barDir: 'col',
  barGapWidthPct: 80,
};

/**
 * The value axis as the page draws it: its range and steps, and its tick text where a number
 * format can write it as the page does. Ticks in 万 or 亿 it cannot in every office suite
 * (LibreOffice has no display units and would print "400000万"), so there the axis keeps its
 * grid and leaves the figures to the labelled points.
 */
function axisOptions(axis: ValueAxisSpec, values: readonly number[]): PptxGenJS.IChartOpts {
  const [min, max] = axis.domain;
  const top = typeof max === 'number' ? max : Math.max(0, ...values);
  const [first, second] = axis.ticks ?? [];
  const plain = /^[\d,.\s−-]*$/.test(axis.format(top));
  const format = axis.format(1000).includes(',') ? '#,##0' : 'General';
  return {
    ...(typeof min === 'number' && { valAxisMinVal: min }),
    ...(typeof max === 'number' && { valAxisMaxVal: max }),
    ...(first !== undefined &&
      second !== undefined && {
        // Whole places or items never step by halves.
        valAxisMajorUnit: axis.integer ? Math.max(1, Math.round(second - first)) : second - first,
      }),
    // ";;;" writes nothing: hidden this way, not by `tickLblPos none`, the grid stays drawn.
    valAxisLabelFormatCode: !plain ? ';;;' : axis.integer ? '0' : format,
    dataLabelFormatCode: format,
    // Reversed, the years belong under the last place: the category axis crosses there
    // (PowerPoint) and its labels sit at the axis' high end (PowerPoint and LibreOffice).
    ...(axis.reversed &&
      typeof max === 'number' && {
        valAxisCrossesAt: max,
        catAxisLabelPos: 'high',
        catAxisLineShow: false,
      }),
  };
}

/** "口径变化：2023年" under a chart whose definition changed, as the page marks the break. */
function breakNote(spec: ChartSpec, page: Page): string | null {
  if (spec.drawing.kind !== 'trend') return null;
  const { t } = page;
  const years = spec.drawing.points
    .filter((p) => p.breakBefore)
    .map((p) => t('yearOf', { year: p.year }));
  return years.length
    ? `${spec.drawing.breakLabel}${t('colon')}${years.join(t('listJoin'))}`
    : null;
}

/**
 * A chart as a native PowerPoint chart, editable with its data: a line for a trend or an index,
 * bars for changes. Years are the categories; an unpublished year is an empty cell, a gap in
 * the line (`displayBlanksAs: 'gap'`), never 0. A fact shows its published words; a list
 * (where no bar can be drawn) its lines of text.
 */
export function addChart(page: Page, spec: ChartSpec, box: Box): void {
  const { drawing } = spec;
  if (drawing.kind === 'fact') return addQuote(page, drawing.quote, box);
  if (drawing.kind === 'list') {
    const text = drawing.items.map((i) => `${i.label}  ${i.text}`).join('\n');
    return addText(page, text, box, { size: SIZE.minBody });
  }
  const plot = plotOf(drawing, spec.title);
  const note = breakNote(spec, page);
  const noteHeight = note ? heightOf(note, box.w, SIZE.small) + 0.08 : 0;
  const labels = plot.years.map(String);
  page.slide.addChart(
    plot.kind === 'line' ? page.pres.ChartType.line : page.pres.ChartType.bar,
    plot.series.map((s) => ({ name: s.name, labels, values: s.values })),
    {
      ...LOOK,
      ...box,
      h: box.h - noteHeight,
      altText: spec.summary,
      lang: langTag(page.lang),
      chartColors: plot.series.map((s) => s.colour),
      displayBlanksAs: 'gap',
      showLegend: drawing.kind === 'index',
      showValue: plot.series.some((s) => s.labels.some((l) => l !== null)),
      dataLabelPosition: plot.kind === 'line' ? 't' : 'outEnd',
      ...axisOptions(
        drawing.axis,
        plot.series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
      ),
    },
  );
  page.charts.push({
    kind: plot.kind,
    lang: page.lang,
    reversed: drawing.axis.reversed,
    series: plot.series,
  });
  if (note)
    addText(
      page,
      note,
      { ...box, y: box.y + box.h - noteHeight + 0.08, h: noteHeight },
      {
        size: SIZE.small,
        colour: COLOUR.muted,
      },
    );
}
