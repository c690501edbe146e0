import { DECLARATION, MAIN } from './package-parts.ts';
import { xmlText } from './xml-text.ts';

export interface CellStyle {
  format: string | null;
  bold: boolean;
  header: boolean;
  wrap: boolean;
}

/** The workbook's cell styles (`cellXfs`), each made once and named by its index. */
export class CellStyles {
  private readonly formats = new Map<string, number>();
  private readonly styles = new Map<string, number>([['null|false|false|false', 0]]);
  private readonly list: CellStyle[] = [{ format: null, bold: false, header: false, wrap: false }];

  index(style: CellStyle): number {
    const key = `${style.format}|${style.bold}|${style.header}|${style.wrap}`;
    let index = this.styles.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push(style);
      this.styles.set(key, index);
      // Custom number formats are numbered from 164; below are Excel's built-in ones.
      if (style.format !== null && !this.formats.has(style.format))
        this.formats.set(style.format, 164 + this.formats.size);
    }
    return index;
  }

  xml(font: string): string {
    const fontXml = (bold: boolean) =>
      `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="${xmlText(font)}"/><family val="2"/></font>`;
    const formats = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`)
      .join('');
    const xfs = this.list
      .map((s) => {
        const numFmtId = s.format === null ? 0 : (this.formats.get(s.format) ?? 0);
        const attributes = [
          `numFmtId="${numFmtId}"`,
          `fontId="${s.bold ? 1 : 0}"`,
          `fillId="${s.header ? 2 : 0}"`,
          `borderId="${s.header ? 1 : 0}"`,
          'xfId="0"',
          numFmtId ? 'applyNumberFormat="1"' : '',
          s.bold ? 'applyFont="1"' : '',
          s.header ? 'applyFill="1" applyBorder="1"' : '',
          'applyAlignment="1"',
        ].filter(Boolean);
        const wrap = s.wrap ? ' wrapText="1"' : '';
        return `<xf ${attributes.join(' ')}><alignment vertical="top"${wrap}/></xf>`;
      })
      .join('');
    return (
      `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
      (formats ? `<numFmts count="${this.formats.size}">${formats}</numFmts>` : '') +
      `<fonts count="2">${fontXml(false)}${fontXml(true)}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFEDEFF2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8C959F"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
