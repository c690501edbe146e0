import type { Metric } from '../dataset/model.ts';
import { formatFigure, formatYears } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';
import { seriesOf } from './series.ts';

/**
 * One sentence that says what a metric's chart shows, for screen readers and captions:
 * every published figure in the years shown, and which years were not published.
 */
export function trendSummary(metric: Metric, years: readonly number[], lang: Lang): string {
  const t = translator(lang);
  const points = seriesOf(metric, years);
  const published = points.flatMap((p) =>
    p.observation
      ? [
          lang === 'zh'
            ? `${p.year}年${formatFigure(p.observation, metric, lang)}`
            : `${formatFigure(p.observation, metric, lang)} in ${p.year}`,
        ]
      : [],
  );
  const gaps = points.filter((p) => !p.observation).map((p) => p.year);
  const parts = [...published];
  if (gaps.length > 0) parts.push(t('gapYears', { years: formatYears(gaps, lang) }));
  return t('chartSummaryTrend', {
    name: pick(metric.name, lang),
    values: parts.join(lang === 'zh' ? '，' : '; ') || t('notPublished'),
  });
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
