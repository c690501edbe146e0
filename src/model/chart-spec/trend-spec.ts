import type { Dataset, Metric } from '../../dataset/model.ts';
import { formatYears, scaleOf, tickFormat } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { metricSeries } from '../metric-series.ts';
import { dataSpan, seriesOf } from '../series.ts';
import { valueAxis } from '../value-axis.ts';
import { yearSentence } from '../wording/sentence.ts';
import type { ChartSpec } from './chart-spec.ts';
import {
  chartRow,
  figureOrGap,
  markLabel,
  tooltipLines,
  shownObservations,
  sourceLine,
  specFrame,
  unitLine,
} from './common.ts';

/**
 * What a metric's chart says, for screen readers and captions: the sentence of the latest
 * year shown, then which years were not published.
 */
export function trendSummary(metric: Metric, years: readonly number[], lang: Lang): string {
  const t = translator(lang);
  const points = seriesOf(metric, years);
  const latest = points.filter((p) => p.observation).at(-1);
  if (!latest) return t('noneInRange', { name: pick(metric.name, lang) });
  const gaps = points.filter((p) => !p.observation).map((p) => p.year);
  const sentence = yearSentence(metric, latest.year, lang);
  if (!gaps.length) return sentence;
  return t('twoSentences', {
    first: sentence,
    second: t('gapSentence', { years: formatYears(gaps, lang) }),
  });
}

/** One metric over the years shown, with a gap wherever a year was not published. */
export function trendSpec(
  dataset: Dataset,
  metric: Metric,
  yearsShown: readonly number[],
  lang: Lang,
): ChartSpec {
  const years = dataSpan(metric, yearsShown);
  const t = translator(lang);
  const points = metricSeries(metric, years);
  const shown = shownObservations([metric], years);
  const largest = Math.max(0, ...shown.map((o) => o.value));
  const scale = scaleOf(largest, lang);
  return {
    ...specFrame(dataset, years, lang),
    id: `trend-${metric.id}`,
    title: pick(metric.name, lang),
    unit: unitLine(metric, lang),
    summary: trendSummary(metric, years, lang),
    sourceLine: sourceLine(shown, lang),
    table: {
      columns: [t('year'), t('value')],
      rows: points.map((p) => [String(p.year), figureOrGap(p.observation, metric, lang)]),
    },
    rows: years.map((year) => chartRow(metric, year, String(year), lang)),
    drawing: {
      kind: 'trend',
      points: points.map(({ year, observation: o, breakBefore, approximate }) => ({
        year,
        value: o?.value ?? null,
        label: o ? markLabel(o, metric, lang, scale) : '',
        tooltip: tooltipLines(metric, year, lang),
        breakBefore,
        meaning: approximate ? 'approximate' : 'neutral',
      })),
      breakLabel: t('definitionBreak'),
      axis: {
        ...valueAxis(
          metric.kind,
          shown.map((o) => o.value),
          metric.outOf,
        ),
        integer: metric.kind === 'rank',
        format: tickFormat(largest, lang),
      },
    },
    notes: [],
  };
}
