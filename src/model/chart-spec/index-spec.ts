import type { Dataset, Metric } from '../../dataset/model.ts';
import { formatIndex } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { indexSeries, type UndrawnMetric, type UndrawnReason } from '../index-series.ts';
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

const undrawnMessage = {
  noFigures: 'indexNoFigures',
  oneFigure: 'indexOneFigure',
  notInBase: 'indexNotInBase',
  zeroInBase: 'indexZeroInBase',
  redefined: 'indexRedefined',
} as const satisfies Record<UndrawnReason, string>;

/** One note per reason, naming every metric left without a line for it. */
function undrawnNotes(undrawn: readonly UndrawnMetric[], base: number, lang: Lang): string[] {
  const t = translator(lang);
  return (Object.keys(undrawnMessage) as UndrawnReason[]).flatMap((reason) => {
    const names = undrawn.filter((u) => u.reason === reason).map((u) => pick(u.metric.name, lang));
    return names.length
      ? [t(undrawnMessage[reason], { names: names.join(t('listJoin')), base })]
      : [];
  });
}

export type IndexChart = { status: 'shown'; spec: ChartSpec } | { status: 'none'; notes: string[] };

/** The chosen metrics on one chart, each as an index of the first year they all have (= 100). */
export function indexSpec(
  dataset: Dataset,
  metrics: readonly Metric[],
  chosenYears: readonly number[],
  lang: Lang,
): IndexChart {
  const t = translator(lang);
  const index = indexSeries(metrics, chosenYears);
  const excluded = index.excluded.map((m) => pick(m.name, lang)).join(t('listJoin'));
  const excludedNote = excluded ? [t('indexExcluded', { names: excluded })] : [];
  if (index.status === 'none')
    return {
      status: 'none',
      notes: [
        t(index.reason === 'noCommonYear' ? 'indexNoCommonYear' : 'indexNothing'),
        ...undrawnNotes(index.undrawn, chosenYears[0] ?? 0, lang),
        ...excludedNote,
      ],
    };
  // Only the years some line reaches: no empty stretch of axis before the first figure.
  const first = Math.min(...index.lines.map((l) => l.values.findIndex((v) => v !== null)));
  const last = Math.max(...index.lines.map((l) => l.values.findLastIndex((v) => v !== null)));
  const years = chosenYears.slice(first, last + 1);
  const lines = index.lines.map((l) => ({ ...l, values: l.values.slice(first, last + 1) }));
  const value = (n: number | null) => (n === null ? t('notPublished') : formatIndex(n, lang));
  const rows: ChartRow[] = lines.flatMap((l) =>
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
      summary: indexSentence(index.base, years, lines, lang),
      sourceLine: sourceLine(
        shownObservations(
          lines.map((l) => l.metric),
          years,
        ),
        lang,
      ),
      table: {
        columns: [t('metric'), ...years.map(String)],
        rows: lines.map((l) => [pick(l.metric.name, lang), ...l.values.map(value)]),
      },
      rows,
      drawing: {
        kind: 'index',
        years: [...years],
        yearLabels: years.map((year) => t('yearOf', { year })),
        base: index.base,
        legendLabel: t('indexLegend'),
        lines: lines.map((l) => ({
          key: l.metric.id,
          name: `${pick(l.metric.name, lang)}${l.approximate ? ' ≈' : ''}`,
          values: l.values,
          meaning: l.approximate ? 'approximate' : 'neutral',
        })),
        axis: {
          // Round ticks around the base of 100, never 77, 84, 91.
          ...niceAxis(
            lines.flatMap((l) => l.values.filter((v): v is number => v !== null)),
            100,
          ),
          reversed: false,
          integer: false,
          format: (v) => formatIndex(v, lang),
        },
      },
      notes: [
        ...(lines.some((l) => l.approximate) ? [t('indexApprox')] : []),
        ...undrawnNotes(index.undrawn, index.base, lang),
        ...excludedNote,
      ],
    },
  };
}
