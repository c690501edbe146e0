import type { Kind, Metric, Polarity, Qualifier } from '../../src/dataset/model.ts';

const source = { id: 'src', title: { zh: '测试来源', en: 'Test source' } };

/** A metric with figures given as [year, value, qualifier?]. */
export function makeMetric(
  kind: Kind,
  better: Polarity,
  figures: readonly [number, number, Qualifier?][],
  unit = kind === 'percent' ? '%' : '件',
): Metric {
  return {
    id: 'm',
    categoryId: 'c',
    name: { zh: '测试指标', en: 'Test metric' },
    unit: { zh: unit, en: unit === '件' ? 'cases' : unit },
    kind,
    better,
    headline: false,
    observations: figures.map(([year, value, qualifier = 'exact']) => ({
      metricId: 'm',
      year,
      value,
      qualifier,
      source,
      quote: `${year}年${value}`,
      statedChanges: [],
    })),
  };
}
