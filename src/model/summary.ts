import type { Metric } from '../dataset/model.ts';
import { formatFigure, formatYears } from '../i18n/format.ts';
import { yearSentence } from './sentence.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';
import { seriesOf } from './series.ts';

/**
 * What a metric's chart says, for screen readers and captions: the sentence of the latest
 * year shown, then which years were not published.
 */
export function trendSummary(metric: Metric, years: readonly number[], lang: Lang): string {
  const t = translator(lang);
  const points = seriesOf(metric, years);
  const latest = points.filter((p) => p.observation).at(-1);
  const gaps = points.filter((p) => !p.observation).map((p) => p.year);
  const gapText = gaps.length ? t('gapSentence', { years: formatYears(gaps, lang) }) : '';
  if (!latest) return t('noneInRange', { name: pick(metric.name, lang) });
  return `${yearSentence(metric, latest.year, lang)}${gapText ? (lang === 'zh' ? gapText : ` ${gapText}`) : ''}`;
}

/** The sentence for a chart that compares several metrics of one unit in one year. */
export function barsSummary(metrics: readonly Metric[], year: number, lang: Lang): string {
  const t = translator(lang);
  const values = metrics.map((m) => {
    const o = m.observations.find((x) => x.year === year);
    const figure = o ? formatFigure(o, m, lang) : t('notPublished');
    return lang === 'zh' ? `${pick(m.name, lang)}${figure}` : `${pick(m.name, lang)} ${figure}`;
  });
  return t('chartSummaryBars', { year, values: values.join(lang === 'zh' ? '，' : '; ') });
}
