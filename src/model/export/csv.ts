import type { Qualifier } from '../../dataset/model.ts';
import { translator } from '../../i18n/translate.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { ChartRow, ChartSpec } from '../chart-spec/chart-spec.ts';

/** Spreadsheet programs read Chinese from a CSV only with this mark at its start. */
export const BYTE_ORDER_MARK = '\uFEFF';

const qualifierKey = {
  exact: 'csvExact',
  atLeast: 'csvAtLeast',
  approx: 'csvApprox',
} as const satisfies Record<Qualifier, string>;

/** A cell of the data behind a chart: text, a number, or nothing (a year not published). */
export type Cell = string | number | null;
type Translate = ReturnType<typeof translator>;

/** Marks that decorate a screen (arrows, warnings) but are noise in a spreadsheet's cell. */
const GLYPHS = /[\u2190-\u21FF\u25A0-\u25FF\u2600-\u26FF\u2700-\u27BF]\uFE0F?\s*/gu;

/** Text for a cell: decorative glyphs gone, spaces tidied; nothing left is no text at all. */
function plain(text: string | null): string | null {
  if (text === null) return null;
  const cleaned = text.replace(GLYPHS, '').replace(/\s+/g, ' ').trim();
  return cleaned || null;
}

/** The change as a number and the measure it is in; a direction alone has no number. */
function changeCells(row: ChartRow, t: Translate): [number | null, string | null] {
  const amount = row.changeAmount;
  if (!amount || row.value === null) return [null, null];
  const unit = row.unitWord ?? null;
  switch (amount.measure) {
    case 'relative':
      return [amount.value, t('csvMeasurePercent')];
    case 'points':
      // A rate's points are percentage points, unless the source wrote its change with "%".
      if (amount.percentSign) return [amount.value, t('csvMeasurePercent')];
      return [amount.value, unit === '%' || unit === null ? t('csvMeasurePoints') : unit];
    case 'places':
      return [amount.value, t('csvMeasurePlaces')];
    case 'absolute':
      return [amount.value, unit];
    case 'direction':
      return [null, null];
  }
}

/** The columns of a chart's data, in order: the CSV's and the Excel workbook's. */
export const csvColumns = [
  'year',
  'label',
  'value',
  'unit',
  'qualifier',
  'shown',
  'changeAmount',
  'changeMeasure',
  'change',
  'stated',
  'source',
  'quote',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

const columnKey = {
  year: 'csvYear',
  label: 'csvLabel',
  value: 'csvValue',
  unit: 'csvUnit',
  qualifier: 'csvQualifier',
  shown: 'csvShown',
  changeAmount: 'csvChangeAmount',
  changeMeasure: 'csvChangeMeasure',
  change: 'csvChange',
  stated: 'csvStated',
  source: 'csvSource',
  quote: 'csvQuote',
} as const satisfies Record<CsvColumn, string>;

function header(t: Translate): string[] {
  return csvColumns.map((column) => t(columnKey[column]));
}

function body(spec: ChartSpec, t: Translate): Cell[][] {
  return spec.rows.map((row) => [
    row.year,
    plain(row.label === String(row.year) ? spec.title : row.label),
    row.value,
    row.unitWord ?? null,
    row.qualifier && row.value !== null ? t(qualifierKey[row.qualifier]) : null,
    plain(row.display),
    ...changeCells(row, t),
    plain(row.change),
    row.statedChange,
    row.source,
    row.quote,
  ]);
}

/**
 * The data behind a chart, one row a year (a metric and a year where a chart holds several),
 * headed in the chart's language. A year not published keeps its row with the value empty,
 * never zero; the unit, the qualifier in words and the change as a number with its measure
 * each have their own column, beside the change in words and the source's own statement.
 */
export function csvRows(spec: ChartSpec): Cell[][] {
  const t = translator(spec.lang);
  return [header(t), ...body(spec, t)];
}

/** The header alone, in a language: one heading per entry of `csvColumns`. */
export function csvHeader(lang: Lang): string[] {
  return header(translator(lang));
}

/** The rows alone, one per row of the chart's data, in the order of `csvColumns`. */
export function csvBody(spec: ChartSpec): Cell[][] {
  return body(spec, translator(spec.lang));
}

/** Every chart of a page in one table, each row headed by its chart's title, in page order. */
export function combinedCsvRows(specs: readonly ChartSpec[]): Cell[][] {
  const t = translator(specs[0]?.lang ?? 'zh');
  return [
    [t('csvChart'), ...header(t)],
    ...specs.flatMap((spec) => body(spec, t).map((row) => [plain(spec.title), ...row])),
  ];
}

/** One line of an Export all's index: a file and what it shows, in both languages. */
export interface IndexEntry {
  file: string;
  titleZh: string;
  titleEn: string;
  unit: string;
  source: string;
}

/** The ZIP's `index.csv`: each file with its title in zh and en, its unit and its source. */
export function indexCsvRows(entries: readonly IndexEntry[], lang: Lang): Cell[][] {
  const t = translator(lang);
  return [
    [t('csvFile'), t('csvTitleZh'), t('csvTitleEn'), t('csvUnit'), t('csvSource')],
    ...entries.map((e) => [e.file, plain(e.titleZh), plain(e.titleEn), e.unit, e.source]),
  ];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/**
 * What a spreadsheet runs as a formula when a cell starts with it (OWASP's CSV injection list),
 * also after spaces, and in the full-width forms an input method types (＝＋－＠), which some
 * spreadsheets read as their ASCII twins.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/**
 * One cell as CSV text. A number stays a number, a minus sign and all. Every text is quoted,
 * so no separator a spreadsheet might guess (a comma, a semicolon, a tab) splits it; one that
 * a spreadsheet would run as a formula gets a leading apostrophe, so it shows as text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (NUMBER.test(value)) return value;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: byte-order mark, then rows joined by CRLF as RFC 4180 asks. */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return `${BYTE_ORDER_MARK}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
