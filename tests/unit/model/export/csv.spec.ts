import { describe, expect, it } from 'vitest';
import { trendSpec } from '../../../../src/model/chart-spec/trend-spec.ts';
import { combinedCsvRows, csvCell, csvRows, csvText } from '../../../../src/model/export/csv.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';
import { parseCsv } from '../../../e2e/export-helpers.ts';

const metric = makeMetric(
  'count',
  'higher',
  [
    [2020, 200],
    [2022, 340000, 'atLeast'],
    [2023, 360000],
  ],
  '件',
  'cases_closed',
);
const spec = (lang: 'zh' | 'en') =>
  trendSpec(makeDataset([metric]), metric, [2020, 2021, 2022, 2023], lang);

const ZH_HEADER = [
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
];
const EN_HEADER = [
  'Year',
  'Metric',
  'Value',
  'Unit',
  'Qualifier',
  'As shown',
  'Change',
  'Change measure',
  'Change on previous year',
  'Change as the source states it',
  'Source',
  'Quote',
];

/** A row as a record keyed by the English header, so a moved column breaks the spec. */
const byColumn = (rows: (string | number | null)[][], year: number) => {
  const row = rows.find((r) => r[0] === year) ?? [];
  return Object.fromEntries(EN_HEADER.map((h, i) => [h, row[i]]));
};

describe('csvRows', () => {
  it('has a header in the chart’s language and one row per year shown', () => {
    const [zhHeader, ...rows] = csvRows(spec('zh'));
    expect(zhHeader).toEqual(ZH_HEADER);
    expect(csvRows(spec('en'))[0]).toEqual(EN_HEADER);
    expect(rows.map((r) => r[0])).toEqual([2020, 2021, 2022, 2023]);
  });

  it('leaves an unpublished year empty, never zero, and says so in the shown column', () => {
    const row = byColumn(csvRows(spec('zh')), 2021);
    expect(row.Value).toBeNull();
    expect(row.Qualifier).toBeNull();
    expect(row['As shown']).toBe('未公开');
    expect(row.Change).toBeNull();
    expect(row.Quote).toBeNull();
  });

  it('keeps the raw number, its unit, its qualifier in words and the quote in their own columns', () => {
    const zh = byColumn(csvRows(spec('zh')), 2022);
    expect(zh).toMatchObject({
      Metric: '测试指标',
      Value: 340000,
      Unit: '件',
      Qualifier: '下限（原文为“余”或“以上”）',
      'As shown': '34万余件',
      Source: '测试来源',
      Quote: '2022年340000',
    });
    const en = byColumn(csvRows(spec('en')), 2023);
    expect(en).toMatchObject({ Value: 360000, Unit: 'cases', Qualifier: 'exact' });
    expect(byColumn(csvRows(spec('en')), 2022).Qualifier).toMatch(/^at least/);
  });

  it('gives the change as a number with its measure beside the change in words', () => {
    // 2022's figure is a lower bound ("34万余"), so 2022→2023 has a direction only: no number.
    expect(byColumn(csvRows(spec('zh')), 2023)).toMatchObject({ Change: null });
    const count = makeMetric('count', 'higher', [
      [2022, 200],
      [2023, 250],
    ]);
    const zh = byColumn(csvRows(trendSpec(makeDataset([count]), count, [2022, 2023], 'zh')), 2023);
    expect(zh).toMatchObject({ Change: 25, 'Change measure': '%' });
    expect(String(zh['Change on previous year'])).toMatch(/25/);

    const rate = makeMetric('percent', 'higher', [
      [2022, 90],
      [2023, 95.5],
    ]);
    const rateRows = (lang: 'zh' | 'en') =>
      csvRows(trendSpec(makeDataset([rate]), rate, [2022, 2023], lang));
    expect(byColumn(rateRows('zh'), 2023)).toMatchObject({
      Change: 5.5,
      'Change measure': '个百分点',
    });
    expect(byColumn(rateRows('en'), 2023)['Change measure']).toBe('points');

    const rank = makeMetric(
      'rank',
      'lower',
      [
        [2022, 8],
        [2023, 5],
      ],
      '名',
    );
    const rankRow = byColumn(
      csvRows(trendSpec(makeDataset([rank]), rank, [2022, 2023], 'zh')),
      2023,
    );
    expect(rankRow).toMatchObject({ Change: 3, 'Change measure': '名' });
  });

  it('has no decorative glyphs in any cell', () => {
    for (const lang of ['zh', 'en'] as const) {
      const cells = csvRows(spec(lang)).flat().map(String);
      expect(cells.filter((c) => /[⚠▲▼■↑↓]/.test(c))).toEqual([]);
    }
  });

  it('survives a round trip through a CSV parser with every number a number', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rows = csvRows(spec(lang));
      const parsed = parseCsv(csvText(rows).slice(1));
      expect(parsed).toHaveLength(rows.length);
      parsed.forEach((cells, r) => {
        expect(cells).toHaveLength(EN_HEADER.length);
        rows[r]?.forEach((cell, c) => {
          if (typeof cell === 'number') expect(Number(cells[c])).toBe(cell);
          else expect(cells[c]).toBe(cell ?? '');
        });
      });
    }
  });
});

describe('combinedCsvRows', () => {
  it('holds a row per chart and year, each headed by its chart', () => {
    const other = makeMetric(
      'count',
      'higher',
      [
        [2022, 10],
        [2023, 12],
      ],
      '件',
      'other',
    );
    const dataset = makeDataset([metric, other]);
    const years = [2022, 2023];
    const specs = [trendSpec(dataset, metric, years, 'en'), trendSpec(dataset, other, years, 'en')];
    const [head, ...rows] = combinedCsvRows(specs);
    expect(head).toEqual(['Chart', ...EN_HEADER]);
    expect(rows).toHaveLength(specs.length * years.length);
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      [2022, 340000],
      [2023, 360000],
      [2022, 10],
      [2023, 12],
    ]);
  });
});

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+1 (555) 0100', `"'+1 (555) 0100"`],
    ['-8% on 2023', `"'-8% on 2023"`],
    ['@cmd', `"'@cmd"`],
    ['\tindent', `"'\tindent"`],
    ['\rreturn', `"'\rreturn"`],
    [' =1+2', `"' =1+2"`],
    ['\u3000=1+2', `"'\u3000=1+2"`],
    ['＝SUM(A1)', `"'＝SUM(A1)"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠cmd', `"'＠cmd"`],
  ])('guards %j, which a spreadsheet would run as a formula', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves numbers alone, a minus sign included, written as text or as numbers', () => {
    expect(csvCell(-8)).toBe('-8');
    expect(csvCell('-8')).toBe('-8');
    expect(csvCell('+12.5')).toBe('+12.5');
    expect(csvCell(0.25)).toBe('0.25');
  });

  it('quotes every text, doubling its quotes, so no separator a spreadsheet guesses splits it', () => {
    expect(csvCell('较上年增长5%，“显著”')).toBe('"较上年增长5%，“显著”"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
});

describe('csvText', () => {
  it('starts with the UTF-8 byte-order mark Excel looks for, and ends every row with CRLF', () => {
    const text = csvText([
      ['年份', '数值'],
      [2021, null],
    ]);
    // The bytes Excel reads, not the module's own constant: EF BB BF, then the first heading.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1)).toBe('"年份","数值"\r\n2021,\r\n');
  });

  it('holds a whole chart with every quote intact', () => {
    const text = csvText(csvRows(spec('zh')));
    expect(text.split('\r\n')).toHaveLength(6);
    expect(text).toContain('2023年360000');
  });
});
