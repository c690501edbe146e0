import { strToU8, zipSync } from 'fflate';
import { CellStyles } from './cell-styles.ts';
import {
  contentTypes,
  coreXml,
  DECLARATION,
  MAIN,
  PACKAGE_REL,
  REL,
  relationships,
  workbookXml,
} from './package-parts.ts';
import { cellText, xmlText } from './xml-text.ts';

/**
 * A small SpreadsheetML (.xlsx) writer: what the figures workbook needs and nothing more.
 * Text is written as inline strings and numbers as numbers; no cell is ever a formula (`<f>`),
 * so a quote starting with "=" is text in every spreadsheet, and no part links outside the file.
 */

export interface XlsxCell {
  value: string | number | null;
  /** An Excel number format code, e.g. `#,##0` or `0.0`. */
  format?: string;
  bold?: boolean;
  /** A heading that may spill into the empty cells to its right: left out of column widths. */
  spill?: boolean;
}

export type XlsxValue = XlsxCell | string | number | null;

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxValue[])[];
  /**
   * The first row is a header: bold, shaded, frozen on screen and repeated on every printed
   * page, which is landscape (a sheet without one prints portrait).
   */
  header?: boolean;
}

export interface XlsxWorkbook {
  title: string;
  /** BCP 47, for the document's properties: "zh-CN", "en". */
  language: string;
  /** The font every cell is set in. */
  font: string;
  created: Date;
  /** Printed at the foot of every page, left; the page number goes right. */
  footer: string;
  sheets: readonly XlsxSheet[];
}

/** Column widths in characters: readable, and no column wider than a third of a landscape page. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
/** Points per line of 11-point text, CJK included (a row's height is set in points). */
const LINE_HEIGHT = 15;

const asCell = (value: XlsxValue): XlsxCell =>
  value !== null && typeof value === 'object' ? value : { value };

/** "A", "B", … "Z", "AA": a column's letters from its 0-based index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** East Asian wide and full-width characters: two columns each in a spreadsheet's grid. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** How many character widths a text takes, the widest of its lines. */
export function textWidth(text: string): number {
  return Math.max(
    0,
    ...text.split('\n').map((line) => {
      let width = 0;
      for (const char of line) width += WIDE.test(char) ? 2 : 1;
      return width;
    }),
  );
}

/** Roughly how a number shows in its format: grouping commas and the decimals it asks for. */
function numberWidth(value: number, format = ''): number {
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const grouped = format.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
  return grouped.length + (value < 0 ? 1 : 0);
}

function cellWidth(cell: XlsxCell): number {
  if (cell.value === null || cell.spill) return 0;
  const width =
    typeof cell.value === 'number' ? numberWidth(cell.value, cell.format) : textWidth(cell.value);
  return cell.bold ? width * 1.1 : width;
}

/** Each column's width: its widest cell plus a margin, within bounds; wider text wraps. */
function columnWidths(rows: readonly (readonly XlsxCell[])[]): number[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: count }, (_, column) => {
    const widest = Math.max(0, ...rows.map((row) => (row[column] ? cellWidth(row[column]) : 0)));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest) + 2));
  });
}

function cellXml(cell: XlsxCell, ref: string, style: number): string {
  // The style is written even when it is the first: LibreOffice sets a cell without one in its
  // own default (bottom-aligned), not in the workbook's first style.
  const s = ` s="${style}"`;
  if (cell.value === null) return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof cell.value === 'number') {
    // A figure that is not a finite number has no place in a cell: left empty, never 0.
    if (!Number.isFinite(cell.value)) return `<c r="${ref}"${s}/>`;
    return `<c r="${ref}"${s}><v>${cell.value}</v></c>`;
  }
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(cell.value)}</t></is></c>`;
}

/** Header and footer codes: "&" starts one, so a literal one is doubled. */
const headerFooterText = (text: string) => xmlText(text.replace(/&/g, '&&'));

/**
 * How many lines a row's wrapped text takes in its columns. Spreadsheets do not all grow a row
 * to fit on opening (LibreOffice keeps the default height), so the row says how tall it is.
 */
function rowLines(row: readonly XlsxCell[], widths: readonly number[]): number {
  return Math.max(
    1,
    ...row.map((cell, c) => {
      if (typeof cell.value !== 'string' || cell.spill) return 1;
      const room = Math.max(1, (widths[c] ?? MAX_WIDTH) - 1);
      return cell.value
        .split('\n')
        .reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidth(line) / room)), 0);
    }),
  );
}

function sheetXml(
  sheet: XlsxSheet,
  first: boolean,
  styles: CellStyles,
  footer: string,
  title: string,
): string {
  const rows = sheet.rows.map((row) => row.map(asCell));
  const widths = columnWidths(rows);
  const lastColumn = columnName(Math.max(0, widths.length - 1));
  const data = rows
    .map((row, r) => {
      const header = Boolean(sheet.header) && r === 0;
      const cells = row
        .map((cell, c) => {
          const style = styles.index({
            format: cell.format ?? null,
            bold: header || Boolean(cell.bold),
            header,
            wrap: !cell.spill && cellWidth(cell) + 2 > (widths[c] ?? MAX_WIDTH),
          });
          return cellXml(cell, `${columnName(c)}${r + 1}`, style);
        })
        .join('');
      const lines = rowLines(row, widths);
      const height =
        lines > 1 ? ` ht="${Math.round(lines * LINE_HEIGHT * 10) / 10}" customHeight="1"` : '';
      return `<row r="${r + 1}"${height}>${cells}</row>`;
    })
    .join('');
  const pane = sheet.header
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const cols = widths.length
    ? `<cols>${widths
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
        .join('')}</cols>`
    : '';
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastColumn}${Math.max(1, rows.length)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${data}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    // A table of many columns prints across the page; a sheet of notes reads down it.
    `<pageSetup paperSize="9" orientation="${sheet.header ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    '<headerFooter>' +
    `<oddHeader>&amp;L&amp;A&amp;R${headerFooterText(title)}</oddHeader>` +
    `<oddFooter>&amp;L${headerFooterText(footer)}&amp;R&amp;P / &amp;N</oddFooter>` +
    '</headerFooter>' +
    '</worksheet>'
  );
}

/** The workbook as the bytes of an .xlsx file (a ZIP of XML parts). */
export function writeXlsx(book: XlsxWorkbook): Uint8Array {
  const styles = new CellStyles();
  const sheets = Object.fromEntries(
    book.sheets.map((sheet, i) => [
      `xl/worksheets/sheet${i + 1}.xml`,
      strToU8(sheetXml(sheet, i === 0, styles, book.footer, book.title)),
    ]),
  );
  const officeRel = `${REL}/officeDocument`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes(book.sheets.length)),
      '_rels/.rels': strToU8(
        relationships([
          [officeRel, 'xl/workbook.xml'],
          [`${PACKAGE_REL}/metadata/core-properties`, 'docProps/core.xml'],
        ]),
      ),
      'docProps/core.xml': strToU8(coreXml(book)),
      'xl/workbook.xml': strToU8(workbookXml(book.sheets)),
      'xl/_rels/workbook.xml.rels': strToU8(
        relationships([
          ...book.sheets.map((_, i): [string, string] => [
            `${REL}/worksheet`,
            `worksheets/sheet${i + 1}.xml`,
          ]),
          [`${REL}/styles`, 'styles.xml'],
        ]),
      ),
      'xl/styles.xml': strToU8(styles.xml(book.font)),
      ...sheets,
    },
    { level: 6 },
  );
}
