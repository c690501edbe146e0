import type { Qualifier } from '../../dataset/model.ts';
import { translator } from '../../i18n/translate.ts';
import type { ChartSpec } from '../chart-spec/chart-spec.ts';

/** Spreadsheet programs read Chinese from a CSV only with this mark at its start. */
export const BYTE_ORDER_MARK = '\uFEFF';

const qualifierKey = {
  exact: 'csvExact',
  atLeast: 'csvAtLeast',
  approx: 'csvApprox',
} as const satisfies Record<Qualifier, string>;

/**
 * The data behind a chart, one row a year (a metric and a year where a chart holds several),
 * headed in the chart's language. A year not published keeps its row with the value empty,
 * never zero; the qualifier and the sentence the figure was published in have their own columns.
 */
export function csvRows(spec: ChartSpec): (string | number | null)[][] {
  const t = translator(spec.lang);
  const header = [
    t('csvYear'),
    t('csvLabel'),
    t('csvValue'),
    t('csvQualifier'),
    t('csvShown'),
    t('csvChange'),
    t('csvStated'),
    t('csvSource'),
    t('csvQuote'),
  ];
  const body = spec.rows.map((row) => [
    row.year,
    row.label === String(row.year) ? spec.title : row.label,
    row.value,
    row.qualifier && row.value !== null ? t(qualifierKey[row.qualifier]) : null,
    row.display,
    row.change,
    row.statedChange,
    row.source,
    row.quote,
  ]);
  return [header, ...body];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** What a spreadsheet runs as a formula when a cell starts with it (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text. A text that a spreadsheet would run as a formula gets a leading
 * apostrophe, so it shows as text; a number stays a number, a minus sign and all.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: byte-order mark, then rows joined by CRLF as RFC 4180 asks. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return `${BYTE_ORDER_MARK}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
