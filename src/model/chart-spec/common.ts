import type { Dataset, Metric, Observation } from '../../dataset/model.ts';
import { formatFigure, formatQualified, type Scale } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { changeParts } from '../change-view.ts';
import { seriesYear } from '../metric-series.ts';
import { amountText, changeText, reasonText, versusText } from '../wording/change-text.ts';
import type { ChartRow, ChartSpec } from './chart-spec.ts';

/** The parts every chart of a dataset shares: where, when compiled, which years. */
export function specFrame(
  dataset: Dataset,
  years: readonly number[],
  lang: Lang,
): Pick<ChartSpec, 'lang' | 'region' | 'updated' | 'years'> {
  return {
    lang,
    region: pick(dataset.region, lang),
    updated: dataset.updated,
    years: { from: years[0] ?? 0, to: years.at(-1) ?? 0 },
  };
}

/** "来源：…报告" for the distinct sources behind some figures. */
export function sourceLine(observations: readonly Observation[], lang: Lang): string {
  const t = translator(lang);
  const titles = [...new Set(observations.map((o) => pick(o.source.title, lang)))];
  return `${t('source')}${t('colon')}${titles.join(t('clauseJoin'))}`;
}

export function unitLine(metric: Metric, lang: Lang): string {
  return translator(lang)('unitLabel', { unit: pick(metric.unit, lang) });
}

export function figureOrGap(o: Observation | null, metric: Metric, lang: Lang): string {
  return o ? formatFigure(o, metric, lang) : translator(lang)('notPublished');
}

/**
 * The figure on a mark: qualifier kept, unit left to the caption so labels stay short, in the
 * chart's own scale so that labels and ticks agree.
 */
export function markLabel(o: Observation, metric: Metric, lang: Lang, scale?: Scale): string {
  if (metric.kind === 'rank') return formatFigure(o, metric, lang);
  const number = formatQualified(o.value, o.qualifier, lang, scale);
  return metric.kind === 'percent' ? `${number}%` : number;
}

/** A metric's figure in a year, raw, with its change and the sentence it was published in. */
export function chartRow(metric: Metric, year: number, label: string, lang: Lang): ChartRow {
  const { observation: o, view } = seriesYear(metric, year);
  return {
    label,
    year,
    metricId: metric.id,
    value: o?.value ?? null,
    qualifier: o?.qualifier ?? null,
    display: figureOrGap(o, metric, lang),
    change: o ? changeText(view, metric, year, lang) : null,
    statedChange: view.statedQuotes.length ? view.statedQuotes.join(' ') : null,
    changeAmount: o ? view.primary : null,
    unitWord: pick(metric.unit, lang),
    source: o ? pick(o.source.title, lang) : null,
    quote: o?.quote ?? null,
  };
}

/** The observations of the metrics within the years shown. */
export function shownObservations(metrics: readonly Metric[], years: readonly number[]) {
  return metrics.flatMap((m) => m.observations.filter((o) => years.includes(o.year)));
}

/** A tooltip's lines for a metric in a year: the year, the figure as published, its change. */
export function tooltipLines(metric: Metric, year: number, lang: Lang): string[] {
  const t = translator(lang);
  const { observation: o, view } = seriesYear(metric, year);
  const { ours } = changeParts(view);
  const change = ours
    ? `${amountText(ours, metric, lang)} ${versusText(ours, lang)}`
    : view.reason && reasonText(view.reason, year, lang);
  return [t('yearOf', { year }), figureOrGap(o, metric, lang), ...(o && change ? [change] : [])];
}
