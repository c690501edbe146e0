import type { Dataset, Kind, Metric, Polarity, Qualifier } from '../../src/dataset/model.ts';

const source = { id: 'src', title: { zh: '测试来源', en: 'Test source' } };

/** A metric with figures given as [year, value, qualifier?]. */
export function makeMetric(
  kind: Kind,
  better: Polarity,
  figures: readonly [number, number, Qualifier?][],
  unit = kind === 'percent' ? '%' : '件',
  id = 'm',
): Metric {
  return {
    id,
    categoryId: 'c',
    name: { zh: '测试指标', en: 'Test metric' },
    unit: { zh: unit, en: unit === '件' ? 'cases' : unit },
    kind,
    better,
    headline: false,
    detail: false,
    observations: figures.map(([year, value, qualifier = 'exact']) => ({
      metricId: id,
      year,
      value,
      qualifier,
      source,
      quote: `${year}年${value}`,
      comparableWithPrevious: true,
      statedChanges: [],
    })),
  };
}

/** A dataset around some metrics, with just what chart specifications read from it. */
export function makeDataset(metrics: readonly Metric[]): Dataset {
  const years = [...new Set(metrics.flatMap((m) => m.observations.map((o) => o.year)))].sort();
  const category = { id: 'c', name: { zh: '测试类别', en: 'Test category' }, metricIds: [] };
  return {
    title: { zh: '测试数据', en: 'Test data' },
    region: { zh: '测试区', en: 'Test District' },
    updated: '2025-01-31',
    years,
    sources: [source],
    categories: [category],
    metrics: [...metrics],
    metricById: new Map(metrics.map((m) => [m.id, m])),
    categoryById: new Map([[category.id, category]]),
    milestones: [],
    findings: [],
    warnings: [],
  };
}
