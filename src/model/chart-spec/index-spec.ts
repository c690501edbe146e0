import type { Dataset, Metric } from '../../dataset/model.ts';
import { formatIndex } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { indexSeries } from '../index-series.ts';
import { niceAxis } from '../value-axis.ts';
import type { ChartRow, ChartSpec } from './chart-spec.ts';
import { shownObservations, sourceLine, specFrame } from './common.ts';

/** "以2023年为100，2024年接诉即办诉求量为98.5、解决率为104.1。": the last year every line reaches. */
function indexSentence(
  base: number,
  years: readonly number[],
  lines: readonly { metric: Metric; values: (number | null)[] }[],
  lang: Lang,
): string {
  const t = translator(lang);
  const at = years.findLastIndex((_, i) => lines.some((l) => l.values[i] != null));
  const year = years[at] ?? base;
  const valued = lines.filter((l) => l.values[at] != null);
  const missing = lines.filter((l) => l.values[at] == null);
  const values = valued
    .map((l) =>
      t('namedIndex', {
        name: pick(l.metric.name, lang),
        value: formatIndex(l.values[at] ?? 0, lang),
      }),
    )
    .join(t('listJoin'));
  const sentence = t('indexSentence', { base, year, values });
  return missing.length
    ? t('twoSentences', {
        first: sentence,
        second: t('indexMissing', {
          names: missing.map((l) => pick(l.metric.name, lang)).join(t('listJoin')),
          year,
        }),
      })
    : sentence;
}

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
      summary: indexSentence(index.base, years, index.lines, lang),
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
          // Round ticks around the base of 100, never 77, 84, 91.
          ...niceAxis(
            index.lines.flatMap((l) => l.values.filter((v): v is number => v !== null)),
            100,
          ),
          reversed: false,
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
