import { describe, expect, it } from 'vitest';
import { exportFileName, zipEntryName } from '../../../../src/model/export/file-name.ts';

const years = { from: 2020, to: 2024 };

describe('exportFileName', () => {
  it('is <chartId>-<from>-<to>.<ext>', () => {
    expect(exportFileName('trend-hotline_requests', years, 'png')).toBe(
      'trend-hotline_requests-2020-2024.png',
    );
    expect(exportFileName('fact-x', { from: 2023, to: 2023 }, 'csv')).toBe('fact-x-2023-2023.csv');
  });

  it('lowercases and replaces every unsafe run of characters with one dash', () => {
    expect(exportFileName('Trend/../法治 Index?', years, 'SVG')).toBe('trend-index-2020-2024.svg');
    expect(exportFileName('a  b\\c:d*e', years, 'png')).toBe('a-b-c-d-e-2020-2024.png');
  });

  it('names a chart with no usable id "chart", and keeps a suffix after the years', () => {
    expect(exportFileName('统计', years, 'png')).toBe('chart-2020-2024.png');
    expect(exportFileName('trend-x', years, 'png', 'slide')).toBe('trend-x-2020-2024-slide.png');
  });

  it('is always lowercase ASCII letters, digits, "_", "-" and one dot', () => {
    const name = exportFileName('Ünïcödé — 名字 <script>', years, 'p.n/g');
    expect(name).toMatch(/^[a-z0-9_-]+\.[a-z0-9_]+$/);
  });
});

describe('zipEntryName', () => {
  it('numbers an entry from 01, padded so a file browser sorts in page order', () => {
    expect(zipEntryName(1, 56, 'trend-jsjb_requests-2022-2024.png')).toBe(
      '01-trend-jsjb_requests-2022-2024.png',
    );
    expect(zipEntryName(7, 120, 'x.csv')).toBe('007-x.csv');
    const names = [1, 2, 9, 10, 11, 100].map((n) => zipEntryName(n, 120, 'fact-a.png'));
    expect([...names].sort()).toEqual(names);
  });
});
