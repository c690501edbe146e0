import type { Dataset, Metric } from '../../dataset/model.ts';
import { formatIndex } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { indexSeries } from '../index-series.ts';
import type { ChartRow, ChartSpec } from './chart-spec.ts';
import { shownObservations, sourceLine, specFrame } from './common.ts';

export type IndexChart = { status: 'shown'; spec: ChartSpec } | { status: 'none'; notes: string[] };

/** The chosen metrics on one chart, each as an index of the first year they all have (= 100). */
export function indexSpec(
  dataset: Dataset,
  metrics: readonly Metric[],
  years: readonly number[],
  lang: Lang,
): IndexChart {
  const t = translator(lang);
  const index = indexSeries(metrics, years);
  const excluded = index.excluded.map((m) => pick(m.name, lang)).join(t('listJoin'));
  const excludedNote = excluded ? [t('indexExcluded', { names: excluded })] : [];
  if (index.status === 'none')
    return {
      status: 'none',
      notes: [
        t(index.reason === 'noCommonYear' ? 'indexNoCommonYear' : 'indexNothing'),
        ...excludedNote,
      ],
    };
  const value = (n: number | null) => (n === null ? t('notPublished') : formatIndex(n, lang));
  const rows: ChartRow[] = index.lines.flatMap((l) =>
    years.map((year, i) => {
      const v = l.values[i] ?? null;
      const o = l.metric.observations.find((x) => x.year === year) ?? null;
      return {
        label: pick(l.metric.name, lang),
        year,
        metricId: l.metric.id,
        value: v,
        qualifier: o?.qualifier ?? null,
        display: value(v),
        change: null,
        statedChange: null,
        source: o ? pick(o.source.title, lang) : null,
        quote: o?.quote ?? null,
      };
    }),
  );
  return {
    status: 'shown',
    spec: {
      ...specFrame(dataset, years, lang),
      id: 'trends-index',
      title: t('indexTitle', { year: index.base }),
      unit: t('indexUnit', { year: index.base }),
      summary: t('indexSummary', {
        lines: index.lines
          .map((l) =>
            t('indexLine', {
              name: pick(l.metric.name, lang),
              values: l.values.map(value).join(t('listJoin')),
            }),
          )
          .join(t('clauseJoin')),
      }),
      sourceLine: sourceLine(
        shownObservations(
          index.lines.map((l) => l.metric),
          years,
        ),
        lang,
      ),
      table: {
        columns: [t('metric'), ...years.map(String)],
        rows: index.lines.map((l) => [pick(l.metric.name, lang), ...l.values.map(value)]),
      },
      rows,
      drawing: {
        kind: 'index',
        years: [...years],
        yearLabels: years.map((year) => t('yearOf', { year })),
        base: index.base,
        lines: index.lines.map((l) => ({
          key: l.metric.id,
          name: `${pick(l.metric.name, lang)}${l.approximate ? ' ≈' : ''}`,
          values: l.values,
          meaning: l.approximate ? 'approximate' : 'neutral',
        })),
        axis: {
          domain: ['auto', 'auto'],
          reversed: false,
          ticks: null,
          integer: false,
          format: (v) => formatIndex(v, lang),
        },
      },
      notes: [
        ...(index.lines.some((l) => l.approximate) ? [t('indexApprox')] : []),
        ...excludedNote,
      ],
    },
  };
}
