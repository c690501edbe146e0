import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/dataset/model.ts';
import { parseDataset } from '../../../../src/dataset/parse.ts';
import type { Lang } from '../../../../src/i18n/lang.ts';
import { loadCatalogue } from '../../../../src/i18n/load-catalogue.ts';
import {
  buildFiguresWorkbook,
  type WorkbookScope,
} from '../../../../src/model/export/xlsx/figures-workbook.ts';
import { sheetNames } from '../../../../src/model/export/xlsx/sheet-names.ts';
import {
  textWidth,
  writeXlsx,
  type XlsxValue,
} from '../../../../src/model/export/xlsx/spreadsheet-ml.ts';
import { basic, fileText } from '../../../fixtures/index.ts';
import { unescapeXml } from '../../xml-parts.ts';

// The workbook read back the way a spreadsheet program reads it: unzipped, its XML parsed.

interface ReadCell {
  /** The `t` attribute: "inlineStr" for text, absent for a number. */
  type: string | null;
  value: string | null;
  /** The number format code the cell's style applies. */
  format: string | null;
  bold: boolean;
}

interface ReadSheet {
  name: string;
  xml: string;
  rows: ReadCell[][];
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function readWorkbook(bytes: Uint8Array) {
  const parts = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
  const styles = parts['xl/styles.xml'] ?? '';
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [
      m[1],
      unescapeXml(m[2] ?? ''),
    ]),
  );
  const xfs = [
    ...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
  ];
  const boldFonts = [
    ...(/<fonts[^>]*>(.*)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>(.*?)<\/font>/g),
  ].map((m) => (m[1] ?? '').includes('<b/>'));
  const styleOf = (s: string | null) => {
    const xf = xfs[Number(s ?? 0)]?.[0] ?? '';
    return {
      format: formats.get(attribute(xf, 'numFmtId') ?? '') ?? null,
      bold: boldFonts[Number(attribute(xf, 'fontId') ?? 0)] ?? false,
    };
  };
  const names = [...(parts['xl/workbook.xml'] ?? '').matchAll(/<sheet name="([^"]*)"/g)].map((m) =>
    unescapeXml(m[1] ?? ''),
  );
  const sheets: ReadSheet[] = names.map((name, i) => {
    const xml = parts[`xl/worksheets/sheet${i + 1}.xml`] ?? '';
    const rows = [...xml.matchAll(/<row r="\d+"[^>]*>(.*?)<\/row>|<row r="\d+"\/>/g)].map((row) => {
      const cells: ReadCell[] = [];
      for (const c of (row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
        const tag = ` ${c[1] ?? ''}`;
        const inner = c[2] ?? '';
        const text = /<t[^>]*>(.*?)<\/t>/s.exec(inner)?.[1];
        const number = /<v>(.*?)<\/v>/.exec(inner)?.[1];
        cells[columnIndex(attribute(tag, 'r') ?? 'A')] = {
          type: attribute(tag, 't'),
          value: text !== undefined ? unescapeXml(text) : (number ?? null),
          ...styleOf(attribute(tag, 's')),
        };
      }
      return cells;
    });
    return { name, xml, rows };
  });
  return { parts, sheets };
}

const dataset: Dataset = parseDataset(fileText(basic), 'basic.json');
const created = new Date('2025-05-01T08:00:00Z');

async function workbookOf(lang: Lang, scope: WorkbookScope = { kind: 'overview' }, data = dataset) {
  const bytes = await buildFiguresWorkbook({
    dataset: data,
    years: data.years,
    lang,
    scope,
    created,
  });
  if (!bytes) throw new Error('the workbook was not built');
  return readWorkbook(bytes);
}

/** A data sheet's row for a metric and year, keyed by the header's words. */
function rowOf(sheet: ReadSheet | undefined, metric: string, year: number) {
  const [header = [], ...rows] = sheet?.rows ?? [];
  const row = rows.find((r) => r[0]?.value === String(year) && r[1]?.value === metric);
  if (!row) throw new Error(`no row for ${metric} in ${year}`);
  return Object.fromEntries(header.map((h, i) => [h.value ?? '', row[i]]));
}

beforeAll(() => loadCatalogue('en'));

describe('the figures workbook', () => {
  it('starts with an About sheet, then a sheet per category, named as Excel accepts', async () => {
    const zh = await workbookOf('zh');
    expect(zh.sheets.map((s) => s.name)).toEqual([
      '说明',
      '热线诉求办理',
      '政务公开',
      '普法与法律服务',
    ]);
    const en = await workbookOf('en');
    expect(en.sheets.map((s) => s.name)).toEqual([
      'About',
      'Hotline requests',
      'Government transparency',
      'Legal education and aid',
    ]);
    for (const { sheets } of [zh, en]) {
      for (const { name } of sheets) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
      expect(new Set(sheets.map((s) => s.name.toLowerCase())).size).toBe(sheets.length);
    }
  });

  it('holds a row per metric and year, figures as numbers in the metric’s format', async () => {
    const { sheets } = await workbookOf('zh');
    const hotline = sheets[1];
    expect(hotline?.rows[0]?.map((c) => c.value)).toEqual([
      '年份',
      '指标',
      '数值',
      '单位',
      '限定',
      '显示为',
      '变化量',
      '变化量单位',
      '较上年变化',
      '原文所述变化',
      '来源',
      '原文',
    ]);
    expect(hotline?.rows[0]?.every((c) => c.bold)).toBe(true);
    // Five years for each of the category's four metrics, published or not.
    expect(hotline?.rows).toHaveLength(1 + 4 * 5);

    const requests = rowOf(hotline, '12345热线诉求量', 2020);
    expect(requests['数值']).toMatchObject({ type: null, value: '98000', format: '#,##0' });
    expect(requests['单位']?.value).toBe('件');
    expect(requests['限定']?.value).toBe('确数');

    const atLeast = rowOf(hotline, '12345热线诉求量', 2022);
    expect(atLeast['数值']).toMatchObject({ type: null, value: '120000' });
    expect(atLeast['限定']?.value).toBe('下限（原文为“余”或“以上”）');

    const rate = rowOf(hotline, '热线诉求解决率', 2024);
    expect(rate['数值']).toMatchObject({ type: null, value: '96.2', format: '0.0' });
    expect(rate['单位']?.value).toBe('%');
    expect(rate['变化量']).toMatchObject({ type: null, format: expect.stringMatching(/0\.0/) });
    // The source's stated change leads, as in the CSV, since it differs from the figures' 2.7.
    expect(rate['变化量']?.value).toBe('2.5');
    expect(rate['变化量单位']?.value).toBe('个百分点');

    const rank = rowOf(hotline, '热线办理全市排名', 2024);
    expect(rank['数值']).toMatchObject({ type: null, value: '2', format: '0' });

    // A computed relative change keeps its decimals but shows to one, as the page does.
    const items = rowOf(sheets[2], '主动公开政府信息', 2024);
    expect(Number(items['变化量']?.value)).toBeCloseTo(-6.757813, 5);
    expect(items['变化量']?.format).toBe('#,##0.0');
    expect(items['变化量单位']?.value).toBe('%');

    const approx = rowOf(sheets[3], '法律援助案件', 2024);
    expect(approx['限定']?.value).toBe('约数（原文为“约”）');
  });

  it('keeps an unpublished year’s row with its value empty, never 0', async () => {
    const { sheets } = await workbookOf('en');
    for (const metric of ['Requests to the 12345 hotline', 'Hotline resolution rate']) {
      const gap = rowOf(sheets[1], metric, 2021);
      expect(gap.Value?.value ?? null).toBeNull();
      expect(gap.Qualifier?.value ?? null).toBeNull();
      expect(gap['As shown']?.value).toBe('not published');
    }
    // Across the workbook: every row shown as not published has no value at all.
    const gaps = sheets
      .slice(1)
      .flatMap((sheet) => sheet.rows.filter((r) => r[5]?.value === 'not published'));
    expect(gaps.length).toBeGreaterThan(10);
    expect(gaps.filter((r) => r[2]?.value != null)).toEqual([]);
  });

  it('freezes each data sheet’s header and gives its columns readable widths', async () => {
    const { sheets } = await workbookOf('zh');
    for (const sheet of sheets.slice(1)) {
      expect(sheet.xml).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
      const widths = [...sheet.xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) =>
        Number(m[1]),
      );
      expect(widths).toHaveLength(12);
      for (const w of widths) expect(w).toBeGreaterThanOrEqual(6);
      for (const w of widths) expect(w).toBeLessThanOrEqual(40);
    }
    // CJK characters count double.
    expect(textWidth('年份')).toBe(4);
    expect(textWidth('Year')).toBe(4);
  });

  it('says what the workbook is, how to read it and what it cites, on the About sheet', async () => {
    const texts = async (lang: Lang) =>
      (await workbookOf(lang)).sheets[0]?.rows.flat().map((c) => c?.value) ?? [];
    const zh = await texts('zh');
    expect(zh).toEqual(
      expect.arrayContaining([
        '示例区法治政府建设指标（测试数据）',
        '示例市示例区',
        '2025-04-15',
        '未公开',
        '余、以上',
        '约',
        '示例区2023年法治政府建设年度情况报告',
        '示例区人民政府',
        '2024-03-29',
        'https://www.example.gov.cn/fzzf/2025/report-2024.html',
      ]),
    );
    const en = await texts('en');
    expect(en).toEqual(
      expect.arrayContaining([
        'Sample District rule-of-law indicators (test data)',
        'Sample District',
        'Not published',
        'Sample District 2023 rule-of-law report',
        "Sample District People's Government",
      ]),
    );
    expect(en.join(' ')).toMatch(/Empty is not zero/);
  });

  it('writes no formula and links nowhere, even for text that looks like one', async () => {
    const hostile = structuredClone(basic);
    const first = hostile.observations[0];
    if (!first) throw new Error('the fixture has observations');
    first.quote = '=HYPERLINK("http://evil.example/","x") <b>&\u0001';
    const category = hostile.categories[0];
    if (category)
      category.name = { zh: '热线：诉求/答复 [全部] *?', en: '＝SUM(A1) ' + 'x'.repeat(40) };
    const data = parseDataset(fileText(hostile), 'hostile.json');
    for (const lang of ['zh', 'en'] as const) {
      const { parts, sheets } = await workbookOf(lang, { kind: 'overview' }, data);
      for (const [path, xml] of Object.entries(parts)) {
        expect(xml, path).not.toMatch(/<f[\s>]/);
        expect(xml, path).not.toMatch(/<hyperlink/);
        expect(
          [...xml].filter((c) => c.charCodeAt(0) < 9),
          path,
        ).toEqual([]);
        if (path.endsWith('.rels')) {
          expect(xml).not.toMatch(/TargetMode="External"/);
          expect(xml).not.toMatch(/Target="[a-z]+:/i);
        }
      }
      const quote = rowOf(
        sheets[1],
        lang === 'zh' ? '12345热线诉求量' : 'Requests to the 12345 hotline',
        2020,
      );
      expect(quote[lang === 'zh' ? '原文' : 'Quote']).toMatchObject({
        type: 'inlineStr',
        value: '=HYPERLINK("http://evil.example/","x") <b>&',
      });
      const name = sheets[1]?.name ?? '';
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('holds a category’s detail figures on the overview too', async () => {
    const file = structuredClone(basic);
    const providers = file.metrics.find((m) => m.id === 'legal_aid_providers');
    if (!providers) throw new Error('the fixture has legal_aid_providers');
    providers.detail = true;
    const { sheets } = await workbookOf(
      'zh',
      { kind: 'overview' },
      parseDataset(fileText(file), 'detail.json'),
    );
    expect(rowOf(sheets[3], '法律援助服务机构', 2023)['数值']).toMatchObject({ value: '42' });
  });

  it('holds one category on a category page, and the chosen metrics in the trends view', async () => {
    const category = await workbookOf('en', { kind: 'category', categoryId: 'legal_services' });
    expect(category.sheets.map((s) => s.name)).toEqual(['About', 'Legal education and aid']);
    const trends = await workbookOf('zh', {
      kind: 'trends',
      metricIds: ['hotline_resolution_rate', 'legal_aid_cases'],
    });
    expect(trends.sheets.map((s) => s.name)).toEqual(['说明', '趋势对比']);
    const metrics = new Set(trends.sheets[1]?.rows.slice(1).map((r) => r[1]?.value));
    expect([...metrics]).toEqual(['热线诉求解决率', '法律援助案件']);
    // Only the sources of what the workbook holds.
    const about = trends.sheets[0]?.rows.flat().map((c) => c?.value) ?? [];
    expect(about).not.toContain('示例区2020年法治政府建设年度情况报告');
  });

  it('stops without a file when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const bytes = await buildFiguresWorkbook(
      { dataset, years: dataset.years, lang: 'zh', scope: { kind: 'overview' }, created },
      {
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          controller.abort();
        },
      },
    );
    expect(bytes).toBeNull();
    expect(seen).toEqual([0]);
  });
});

describe('writeXlsx', () => {
  const book = (rows: XlsxValue[][]) =>
    readWorkbook(
      writeXlsx({
        title: 'T',
        language: 'en',
        font: 'Calibri',
        created,
        footer: 'R & D',
        sheets: [{ name: 'S', header: true, rows }],
      }),
    );

  it('keeps text that looks like an escape or a formula as written, and leaves a non-finite number empty', () => {
    const { sheets, parts } = book([
      ['h1', 'h2', 'h3'],
      ['_x0041_', '＋1', Number.NaN],
    ]);
    const row = sheets[0]?.rows[1] ?? [];
    expect(parts['xl/worksheets/sheet1.xml']).toContain('_x005F_x0041_');
    expect(row[1]).toMatchObject({ type: 'inlineStr', value: '＋1' });
    expect(row[2]?.value ?? null).toBeNull();
    // The footer's "&" is doubled, as header and footer codes ask.
    expect(parts['xl/worksheets/sheet1.xml']).toContain('R &amp;&amp; D');
  });

  it('gives a row of wrapped text the height of its lines', () => {
    const { parts } = book([['h'], ['word '.repeat(30)]]);
    expect(parts['xl/worksheets/sheet1.xml']).toMatch(
      /<row r="2" ht="\d+(\.\d)?" customHeight="1">/,
    );
    expect(parts['xl/worksheets/sheet1.xml']).toMatch(/<row r="1">/);
  });
});

describe('sheetNames', () => {
  it('cuts to 31 characters, drops []:*?/\\ and leading apostrophes, and never repeats a name', () => {
    const names = sheetNames([
      'a/b',
      'A B',
      "'quoted'",
      'x'.repeat(40),
      'x'.repeat(40),
      'History',
      '',
    ]);
    expect(names).toEqual([
      'a b',
      'A B (2)',
      'quoted',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      'History (2)',
      'Sheet',
    ]);
  });
});
