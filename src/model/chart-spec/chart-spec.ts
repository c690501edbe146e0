import type { Qualifier } from '../../dataset/model.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { ChangeAmount } from '../change-view.ts';

/**
 * What a mark means, so every variant and theme draws it the same way: good or bad news,
 * nothing to judge, or a figure that is approximate ("余", "约") and must look it. (Named
 * `meaning`, not `role`: Recharts copies a datum's fields onto its SVG element.)
 */
export type Meaning = 'good' | 'bad' | 'neutral' | 'approximate';

/** One row of the data behind a chart, raw: what a table shows, a CSV holds and a slide reads. */
export interface ChartRow {
  /** The row's heading as shown: a year, or a metric's name. */
  label: string;
  year: number;
  metricId: string;
  /** null: not published. Never zero. */
  value: number | null;
  qualifier: Qualifier | null;
  /** The figure as a reader sees it: "34万余件", "未公开". */
  display: string;
  /** The change on the previous published year, in words; null where the chart does not speak of change. */
  change: string | null;
  /** The source's own statement of the change, verbatim, whether or not the figures bear it out. */
  statedChange: string | null;
  /** The change as data (the CSV's number and measure); absent where the chart has none. */
  changeAmount?: ChangeAmount | null;
  /** The metric's unit alone ("件", "%"), for the CSV's unit column. */
  unitWord?: string;
  source: string | null;
  quote: string | null;
}

export interface ValueAxisSpec {
  domain: [number | 'auto', number | 'auto'];
  /** Ranks read best with 1st at the top. */
  reversed: boolean;
  ticks: number[] | null;
  /** Whole numbers only (ranks, places). */
  integer: boolean;
  format: (value: number) => string;
}

export interface TrendPoint {
  year: number;
  /** null leaves a gap in the line. */
  value: number | null;
  label: string;
  /** What a tooltip says: the year, the figure with its qualifier, its change. */
  tooltip: string[];
  /** The definition changed since the previous published figure: the line breaks before this point. */
  breakBefore: boolean;
  meaning: Extract<Meaning, 'neutral' | 'approximate'>;
}

export interface ChangeMark {
  year: number;
  /** The change in the chart's measure (%, points, places gained); null where none can be drawn. */
  value: number | null;
  label: string;
  tooltip: string[];
  meaning: Exclude<Meaning, 'approximate'>;
}

export interface IndexLine {
  key: string;
  name: string;
  /** One value per year of the chart; null leaves a gap. */
  values: (number | null)[];
  meaning: Extract<Meaning, 'neutral' | 'approximate'>;
}

export interface ListItem {
  label: string;
  text: string;
}

/** How the chart is drawn: the marks, with their meaning already decided. */
export type ChartDrawing =
  | {
      kind: 'trend';
      points: TrendPoint[];
      axis: ValueAxisSpec;
      /** The words marking a break in the definition: "口径变化". */
      breakLabel: string;
    }
  /** One published figure: the number itself, big, with its year and the sentence it was published in. */
  | { kind: 'fact'; figure: string; year: string; quote: string; approximate: boolean }
  | { kind: 'change'; marks: ChangeMark[]; axis: ValueAxisSpec }
  | {
      kind: 'index';
      years: number[];
      /** "2023年" / "2023": each year as a tooltip heads it. */
      yearLabels: string[];
      /** Only the lines drawn: a metric with no line is named in the chart's notes instead. */
      lines: IndexLine[];
      base: number;
      /** The legend's accessible name: "图例" / "Legend". */
      legendLabel: string;
      axis: ValueAxisSpec;
    }
  /** Where a drawing would mislead (ranks as bar lengths) or nothing can be drawn: the text, item by item. */
  | { kind: 'list'; items: ListItem[]; emphasis: 'label' };

/**
 * Everything any view needs to show one chart: the page, an embed, a slide, an exported
 * image or a CSV. Built once from the dataset and the settings; nothing downstream
 * re-derives meaning or parses text.
 */
export interface ChartSpec {
  /** Stable, lowercase ASCII: also the exported file's name. */
  id: string;
  lang: Lang;
  title: string;
  /** "单位：件" / "Unit: requests". */
  unit: string;
  /** One sentence saying what the chart shows: its accessible description. */
  summary: string;
  /** "来源：…报告". */
  sourceLine: string;
  region: string;
  /** The dataset's compilation date, ISO. */
  updated: string;
  years: { from: number; to: number };
  table: { columns: string[]; rows: string[][] };
  rows: ChartRow[];
  drawing: ChartDrawing;
  /** Said under the chart: why some metrics or marks are left out or drawn dashed. */
  notes: string[];
}
