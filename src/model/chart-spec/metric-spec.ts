import type { Dataset, Metric } from '../../dataset/model.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { ChartSpec } from './chart-spec.ts';
import { factSpec } from './fact-spec.ts';
import { trendSpec } from './trend-spec.ts';

/** One metric as it reads best: a fact tile for a single published figure, else its trend. */
export function metricSpec(
  dataset: Dataset,
  metric: Metric,
  years: readonly number[],
  lang: Lang,
): ChartSpec {
  const published = metric.observations.filter((o) => years.includes(o.year)).length;
  return (
    (published === 1 && factSpec(dataset, metric, years, lang)) ||
    trendSpec(dataset, metric, years, lang)
  );
}
