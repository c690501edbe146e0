import { describe, expect, it } from 'vitest';
import {
  formatFigure,
  formatNumber,
  formatQualified,
  formatYears,
} from '../../../src/i18n/format.ts';
import { tickFormat } from '../../../src/i18n/format.ts';

const count = (zh: string, en: string) => ({ kind: 'count' as const, unit: { zh, en } });

describe('formatNumber', () => {
  it('writes Chinese figures of 10万 and more in 万 and 亿, with every published digit and no more', () => {
    expect(formatNumber(340000, 'zh')).toBe('34万');
    expect(formatNumber(335000, 'zh')).toBe('33.5万');
    expect(formatNumber(100000, 'zh')).toBe('10万');
    expect(formatNumber(3367216, 'zh')).toBe('336.7216万');
    expect(formatNumber(300000000, 'zh')).toBe('3亿');
    expect(formatNumber(123456789, 'zh')).toBe('1.23456789亿');
  });

  it('writes Chinese figures below 10万 in full, never grouped, the same way in any sentence', () => {
    expect(formatNumber(1442, 'zh')).toBe('1442');
    expect(formatNumber(8721, 'zh')).toBe('8721');
    expect(formatNumber(22565, 'zh')).toBe('22565');
    expect(formatNumber(99999, 'zh')).toBe('99999');
    expect(formatNumber(-2053, 'zh')).toBe('-2053');
  });

  it('writes a number in a chart’s scale when one is given', () => {
    expect(formatNumber(90000, 'zh', 1e4)).toBe('9万');
    expect(formatNumber(335000, 'en', 1)).toBe('335,000');
  });

  it('uses thousands separators in English', () => {
    expect(formatNumber(340000, 'en')).toBe('340,000');
    expect(formatNumber(91.15, 'en')).toBe('91.15');
  });
});

describe('formatQualified', () => {
  it('never shows an "at least" figure as exact', () => {
    expect(formatQualified(1000, 'atLeast', 'zh')).toBe('千余');
    expect(formatQualified(100000, 'atLeast', 'zh')).toBe('10万余');
    expect(formatQualified(70, 'atLeast', 'zh')).toBe('70余');
    expect(formatQualified(1000, 'atLeast', 'en')).toBe('1,000+');
  });

  it('keeps "about" on approximate figures', () => {
    expect(formatQualified(73000, 'approx', 'zh')).toBe('约73000');
    expect(formatQualified(310, 'approx', 'zh')).toBe('约310');
    expect(formatQualified(340000, 'atLeast', 'zh')).toBe('34万余');
    expect(formatQualified(73000, 'approx', 'en')).toBe('about 73,000');
  });
});

describe('formatFigure', () => {
  it('joins number and unit as each language writes them', () => {
    expect(formatFigure({ value: 340000, qualifier: 'atLeast' }, count('件', 'cases'), 'zh')).toBe(
      '34万余件',
    );
    expect(formatFigure({ value: 340000, qualifier: 'atLeast' }, count('件', 'cases'), 'en')).toBe(
      '340,000+ cases',
    );
    expect(
      formatFigure(
        { value: 94.12, qualifier: 'exact' },
        { kind: 'percent', unit: { zh: '%' } },
        'en',
      ),
    ).toBe('94.12%');
  });

  it('writes ranks as places', () => {
    const rank = { kind: 'rank' as const, unit: { zh: '名', en: 'place' } };
    expect(formatFigure({ value: 6, qualifier: 'exact' }, rank, 'zh')).toBe('第6名');
    expect(formatFigure({ value: 3, qualifier: 'exact' }, rank, 'en')).toBe('3rd');
    expect(formatFigure({ value: 1, qualifier: 'exact' }, rank, 'en')).toBe('1st');
  });

  it('falls back to the Chinese unit where no English one is given', () => {
    expect(
      formatFigure({ value: 5, qualifier: 'exact' }, { kind: 'count', unit: { zh: '期' } }, 'en'),
    ).toBe('5 期');
  });
});

describe('formatYears', () => {
  it('lists years in each language', () => {
    expect(formatYears([2020, 2021], 'zh')).toBe('2020、2021年');
    expect(formatYears([2020, 2021, 2022], 'en')).toBe('2020, 2021, and 2022');
  });
});

describe('tickFormat', () => {
  it('writes every tick of a Chinese axis in one unit, chosen by its largest value', () => {
    const wan = tickFormat(450000, 'zh');
    expect([0, 90000, 150000, 450000].map(wan)).toEqual(['0', '9万', '15万', '45万']);
    const plain = tickFormat(45000, 'zh');
    expect([0, 9000, 45000].map(plain)).toEqual(['0', '9000', '45000']);
  });

  it('writes English ticks in full, as the labels beside them are', () => {
    expect([0, 9000, 45000].map(tickFormat(45000, 'en'))).toEqual(['0', '9,000', '45,000']);
  });
});
