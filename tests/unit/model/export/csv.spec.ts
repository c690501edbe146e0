import { describe, expect, it } from 'vitest';
import { trendSpec } from '../../../../src/model/chart-spec/trend-spec.ts';
import { csvCell, csvRows, csvText } from '../../../../src/model/export/csv.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

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

describe('csvRows', () => {
  it('has a header in the chart’s language and one row per year shown', () => {
    const [zhHeader, ...rows] = csvRows(spec('zh'));
    expect(zhHeader).toEqual([
      '年份',
      '指标',
      '数值',
      '限定',
      '显示为',
      '较上年变化',
      '原文所述变化',
      '来源',
      '原文',
    ]);
    expect(csvRows(spec('en'))[0]?.slice(0, 3)).toEqual(['Year', 'Metric', 'Value']);
    expect(rows.map((r) => r[0])).toEqual([2020, 2021, 2022, 2023]);
  });

  it('leaves an unpublished year empty, never zero, and says so in the shown column', () => {
    const row = csvRows(spec('zh')).find((r) => r[0] === 2021);
    expect(row?.[2]).toBeNull();
    expect(row?.[3]).toBeNull();
    expect(row?.[4]).toBe('未公开');
    expect(row?.[8]).toBeNull();
  });

  it('keeps the raw number, its qualifier and the source quote in their own columns', () => {
    const row = csvRows(spec('zh')).find((r) => r[0] === 2022);
    expect(row?.slice(1, 5)).toEqual([
      '测试指标',
      340000,
      '下限（原文为“余”或“以上”）',
      '34万余件',
    ]);
    expect(row?.[7]).toBe('测试来源');
    expect(row?.[8]).toBe('2022年340000');
  });
});

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 (555) 0100', "'+1 (555) 0100"],
    ['-8% on 2023', "'-8% on 2023"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
  ])('guards %j, which a spreadsheet would run as a formula', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves numbers alone, a minus sign included, written as text or as numbers', () => {
    expect(csvCell(-8)).toBe('-8');
    expect(csvCell('-8')).toBe('-8');
    expect(csvCell('+12.5')).toBe('+12.5');
    expect(csvCell(0.25)).toBe('0.25');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('较上年增长5%，“显著”')).toBe('较上年增长5%，“显著”');
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
    expect(text.slice(1)).toBe('年份,数值\r\n2021,\r\n');
  });

  it('holds a whole chart with every quote intact', () => {
    const text = csvText(csvRows(spec('zh')));
    expect(text.split('\r\n')).toHaveLength(6);
    expect(text).toContain('2023年360000');
  });
});
