import type { ChartDrawing } from '../../../model/chart-spec/chart-spec.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { COLOUR } from './deck-look.ts';

/** A marker's or a bar's own colours where they differ from its series'. */
export interface PointLook {
  fill: string;
  line: string;
}

/**
 * What a native chart needs that pptxgenjs 4.0.1 cannot write; `patchPackage` adds it to the
 * chart's XML once the file is written: the figure on each point as the page words it
 * ("34万余"), open markers for approximate figures, a colour per bar, the rank axis reversed.
 */
export interface ChartPatch {
  kind: 'line' | 'bar';
  lang: Lang;
  /** Ranks read best with 1st at the top. */
  reversed: boolean;
  series: SeriesPatch[];
}

export interface SeriesPatch {
  /** null: not published. The cell stays empty and the point is left out, never drawn as 0. */
  values: (number | null)[];
  labels: (string | null)[];
  points: (PointLook | null)[];
}

export interface Series extends SeriesPatch {
  name: string;
  colour: string;
}

/** A drawing a native chart can hold: not a fact or a list, which are text. */
export type PlotDrawing = Extract<ChartDrawing, { kind: 'trend' | 'change' | 'index' }>;
type Drawing<K extends PlotDrawing['kind']> = Extract<PlotDrawing, { kind: K }>;

/**
 * One line per stretch of comparable figures, as on the page: a change of definition starts a
 * new series, so nothing joins two figures measured differently; gaps stay gaps.
 */
function trendSeries(drawing: Drawing<'trend'>, title: string): Series[] {
  const { points } = drawing;
  const starts = points.flatMap((p, i) => (i === 0 || p.breakBefore ? [i] : []));
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? points.length;
    const mine = (i: number) => i >= start && i < end;
    return {
      // Names are the columns of the chart's workbook, which must differ.
      name: k === 0 ? title : `${title} · ${drawing.breakLabel} ${points[start]?.year}`,
      colour: COLOUR.neutral,
      values: points.map((p, i) => (mine(i) ? p.value : null)),
      labels: points.map((p, i) => (mine(i) && p.value !== null ? p.label : null)),
      // An approximate figure ("余", "约") is an open marker: it looks as uncertain as it is.
      points: points.map((p, i) =>
        mine(i) && p.meaning === 'approximate'
          ? { fill: COLOUR.white, line: COLOUR.neutral }
          : null,
      ),
    };
  });
}

const meaningColour = { good: COLOUR.good, bad: COLOUR.bad, neutral: COLOUR.neutral };

function changeSeries(drawing: Drawing<'change'>, title: string): Series[] {
  const { marks } = drawing;
  return [
    {
      name: title,
      colour: COLOUR.neutral,
      values: marks.map((m) => m.value),
      labels: marks.map((m) => (m.value === null ? null : m.label)),
      points: marks.map((m) => ({
        fill: meaningColour[m.meaning],
        line: meaningColour[m.meaning],
      })),
    },
  ];
}

function indexSeries(drawing: Drawing<'index'>): Series[] {
  return drawing.lines.map((line, i) => {
    const colour = COLOUR.categorical[i % COLOUR.categorical.length] ?? COLOUR.neutral;
    return {
      name: line.name,
      colour,
      values: line.values,
      labels: line.values.map(() => null),
      points: line.values.map((v) =>
        v !== null && line.meaning === 'approximate' ? { fill: COLOUR.white, line: colour } : null,
      ),
    };
  });
}

/** The chart's kind, its years (the categories) and its series, from what the page draws. */
export function plotOf(
  drawing: PlotDrawing,
  title: string,
): { kind: ChartPatch['kind']; years: number[]; series: Series[] } {
  switch (drawing.kind) {
    case 'trend':
      return {
        kind: 'line',
        years: drawing.points.map((p) => p.year),
        series: trendSeries(drawing, title),
      };
    case 'change':
      return {
        kind: 'bar',
        years: drawing.marks.map((m) => m.year),
        series: changeSeries(drawing, title),
      };
    case 'index':
      return { kind: 'line', years: drawing.years, series: indexSeries(drawing) };
  }
}
