import type { Dataset, Metric } from '../../dataset/model.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { observationIn } from '../series.ts';
import type { BarMark, ChartSpec } from './chart-spec.ts';
import {
  chartRow,
  figureOrGap,
  shownObservations,
  sourceLine,
  specFrame,
  unitLine,
} from './common.ts';

/** The sentence for a chart that compares several metrics of one unit in one year. */
export function barsSummary(metrics: readonly Metric[], year: number, lang: Lang): string {
  const t = translator(lang);
  const values = metrics.map((m) =>
    t('namedFigure', {
      name: pick(m.name, lang),
      figure: figureOrGap(observationIn(m, year), m, lang),
    }),
  );
  return t('chartSummaryBars', { year, values: values.join(t('clauseJoin')) });
}

/** Metrics that share a unit, compared in one year: bars, or a list for ranks. */
export function yearBarsSpec(
  dataset: Dataset,
  metrics: readonly Metric[],
  year: number,
  lang: Lang,
): ChartSpec | null {
  const first = metrics[0];
  if (!first) return null;
  const t = translator(lang);
  const title =
    metrics.length === 1
      ? t('singleYearTitle', { name: pick(first.name, lang), year })
      : t('barsTitle', { year, unit: pick(first.unit, lang) });
  const rows = metrics.map((m) => chartRow(m, year, pick(m.name, lang), lang));
  const bars: BarMark[] = metrics.flatMap((m) => {
    const o = observationIn(m, year);
    return o
      ? [
          {
            name: pick(m.name, lang),
            value: o.value,
            label: figureOrGap(o, m, lang),
            meaning: o.qualifier === 'exact' ? 'neutral' : 'approximate',
          },
        ]
      : [];
  });
  return {
    ...specFrame(dataset, [year], lang),
    id: `year-${year}-${first.id}`,
    title,
    unit: unitLine(first, lang),
    summary: barsSummary(metrics, year, lang),
    sourceLine: sourceLine(shownObservations(metrics, [year]), lang),
    table: { columns: [t('metric'), String(year)], rows: rows.map((r) => [r.label, r.display]) },
    rows,
    // A longer bar would read as better: ranks are listed, not drawn.
    drawing:
      first.kind === 'rank'
        ? {
            kind: 'list',
            items: rows.map((r) => ({ label: r.label, text: r.display })),
            emphasis: 'text',
          }
        : { kind: 'bars', bars, max: first.kind === 'percent' ? 100 : 'dataMax' },
    notes: [],
  };
}
