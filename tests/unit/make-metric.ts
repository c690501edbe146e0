import { normalise } from '../../src/dataset/normalise.ts';
import type { Dataset, Kind, Metric, Polarity, Qualifier } from '../../src/dataset/model.ts';
import type { DatasetFile } from '../../src/dataset/schema.ts';

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

/** The data file that holds some metrics, as someone would write it. */
export function makeFile(metrics: readonly Metric[]): DatasetFile {
  return {
    format: 'rule-of-law-dataset',
    version: 1,
    title: { zh: '测试数据', en: 'Test data' },
    region: { zh: '测试区', en: 'Test District' },
    updated: '2025-01-31',
    sources: [source],
    categories: [{ id: 'c', name: { zh: '测试类别', en: 'Test category' } }],
    metrics: metrics.map((m) => ({
      id: m.id,
      category: 'c',
      name: m.name,
      unit: m.unit,
      kind: m.kind,
      better: m.better,
      ...(m.definition && { definition: m.definition }),
      ...(m.outOf !== undefined && { outOf: m.outOf }),
      headline: m.headline,
      detail: m.detail,
    })),
    observations: metrics.flatMap((m) =>
      m.observations.map((o) => ({
        metric: m.id,
        year: o.year,
        value: o.value,
        qualifier: o.qualifier,
        source: source.id,
        quote: o.quote,
        ...(o.note && { note: o.note }),
        comparableWithPrevious: o.comparableWithPrevious,
        statedChanges: o.statedChanges,
      })),
    ),
  };
}

/**
 * A dataset around some metrics, made as the app makes one: from the file, through normalise(),
 * so its years span every year from the first figure to the last, gaps included. Its metrics are
 * normalise()'s copies of the ones given, with the same figures.
 */
export function makeDataset(metrics: readonly Metric[]): Dataset {
  return normalise(makeFile(metrics), []);
}
