import type { Dataset, Metric } from '../../dataset/model.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { yearSentence } from '../wording/sentence.ts';
import type { ChartSpec } from './chart-spec.ts';
import { chartRow, figureOrGap, sourceLine, specFrame, unitLine } from './common.ts';

/** A metric published once in the years shown: the figure itself, its year and its sentence. */
export function factSpec(
  dataset: Dataset,
  metric: Metric,
  years: readonly number[],
  lang: Lang,
): ChartSpec | null {
  const o = metric.observations.filter((x) => years.includes(x.year)).at(-1);
  if (!o) return null;
  const t = translator(lang);
  return {
    ...specFrame(dataset, [o.year], lang),
    id: `fact-${metric.id}`,
    title: pick(metric.name, lang),
    unit: unitLine(metric, lang),
    summary: yearSentence(metric, o.year, lang),
    sourceLine: sourceLine([o], lang),
    table: {
      columns: [t('year'), t('value')],
      rows: [[String(o.year), figureOrGap(o, metric, lang)]],
    },
    rows: [chartRow(metric, o.year, String(o.year), lang)],
    drawing: {
      kind: 'fact',
      figure: figureOrGap(o, metric, lang),
      year: metric.outOf
        ? `${t('yearOf', { year: o.year })} · ${t('outOfCount', { count: metric.outOf })}`
        : t('yearOf', { year: o.year }),
      quote: o.quote,
      approximate: o.qualifier !== 'exact',
    },
    notes: [],
  };
}
