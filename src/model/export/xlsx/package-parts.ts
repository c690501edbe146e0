import type { XlsxSheet, XlsxWorkbook } from './spreadsheet-ml.ts';
import { xmlText } from './xml-text.ts';

// The parts of an .xlsx package around its sheets: the workbook, the content types, the
// relationships (every one inside the package) and the document's properties.

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A sheet's name inside a reference: quoted, an apostrophe doubled. */
const quotedName = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The workbook: its sheets in order, and each header row repeated on every printed page. */
export function workbookXml(sheets: readonly XlsxSheet[]): string {
  const entries = sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const titles = sheets
    .map((s, i) =>
      s.header
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quotedName(s.name))}!$1:$1</definedName>`
        : '',
    )
    .join('');
  return (
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${entries}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : '') +
    '</workbook>'
  );
}

/** What each part is, as `[Content_Types].xml` declares it. */
export function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}

/** A relationships part; every target is a part of the package, never a link out. */
export const relationships = (items: readonly [type: string, target: string][]) =>
  `${DECLARATION}<Relationships xmlns="${PACKAGE_REL}">${items
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
    )
    .join('')}</Relationships>`;

/** The document's properties: its title, language and when it was made. */
export function coreXml(book: XlsxWorkbook): string {
  const created = book.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(book.title)}</dc:title>` +
    `<dc:language>${xmlText(book.language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    '</cp:coreProperties>'
  );
}
