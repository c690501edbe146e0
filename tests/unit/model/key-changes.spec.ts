import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { keyChanges } from '../../../src/model/key-changes.ts';
import { basic, fileText } from '../../fixtures/index.ts';
import { makeDataset, makeMetric } from '../make-metric.ts';

describe('keyChanges', () => {
  const dataset = parseDataset(fileText(basic), 'basic.json');

  it('lists the largest improvements and declines of a year, never a neutral metric', () => {
    const { improvements, declines } = keyChanges(dataset, 2024);
    expect(improvements.length).toBeGreaterThan(0);
    expect(declines.length).toBeGreaterThan(0);
    for (const k of improvements) expect(k.change.sentiment).toBe('good');
    for (const k of declines) expect(k.change.sentiment).toBe('bad');
    const all = [...improvements, ...declines];
    expect(all.every((k) => k.metric.better !== 'neutral' || k.metric.kind === 'rank')).toBe(true);
  });

  it('puts headline KPIs first, then ranks by importance, leaving out a start from zero', () => {
    const { improvements, declines } = keyChanges(dataset, 2024);
    // +2.7 points, one place gained (counted double), +1.2 points: all headline KPIs.
    expect(improvements.map((k) => k.metric.id)).toEqual([
      'hotline_resolution_rate',
      'hotline_city_rank',
      'hotline_satisfaction_rate',
    ]);
    // 逾期答复 rose from 0 to 3: bad news, but no size can be measured from zero.
    expect(declines.map((k) => k.metric.id)).toEqual(['info_proactive_items']);
  });

  it('never lets a small count’s large percentage outrank a rate’s points', () => {
    const pages = makeMetric(
      'count',
      'higher',
      [
        [2023, 20],
        [2024, 31],
      ],
      '个',
      'pages',
    );
    const rate = makeMetric(
      'percent',
      'higher',
      [
        [2023, 94.12],
        [2024, 98.01],
      ],
      '%',
      'rate',
    );
    const ranked = keyChanges(makeDataset([pages, rate]), 2024).improvements;
    expect(ranked.map((k) => k.metric.id)).toEqual(['rate', 'pages']);
  });

  it('finds nothing for a year without comparable figures', () => {
    expect(keyChanges(dataset, 2020)).toEqual({ improvements: [], declines: [] });
  });
});
