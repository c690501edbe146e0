import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { basic, chineseOnly, fileText } from '../../fixtures/index.ts';

describe('the test fixtures', () => {
  it.each([
    ['basic', basic],
    ['chinese-only', chineseOnly],
  ])('%s follows the dataset contract, with no warnings', (name, file) => {
    expect(parseDataset(fileText(file), `${name}.json`).warnings).toEqual([]);
  });

  it('gives the basic fixture a focus year in which most headline metrics are published', () => {
    // The contract's default focus year; src picks the latest year, and both must agree here.
    const dataset = parseDataset(fileText(basic), 'basic.json');
    const headline = dataset.metrics.filter((m) => m.headline);
    const published = headline.filter((m) => m.observations.some((o) => o.year === 2024));
    expect(dataset.years.at(-1)).toBe(2024);
    expect(published.length).toBeGreaterThan(headline.length / 2);
  });
});
