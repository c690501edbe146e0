import type { Metric, Observation } from '../dataset/model.ts';
import { formatFigure } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';

export function frameLabels(lang: Lang, title: string) {
  const t = translator(lang);
  return {
    showTable: t('showDataTable'),
    loading: t('chartLoading'),
    tableCaption: t('dataTableCaption', { title }),
  };
}

/** "来源：…报告" for the distinct sources behind some figures. */
export function sourceLine(observations: readonly Observation[], lang: Lang): string {
  const t = translator(lang);
  const titles = [...new Set(observations.map((o) => pick(o.source.title, lang)))];
  return `${t('source')}${lang === 'zh' ? '：' : ': '}${titles.join(lang === 'zh' ? '；' : '; ')}`;
}

export function unitLine(metric: Metric, lang: Lang): string {
  return translator(lang)('unitLabel', { unit: pick(metric.unit, lang) });
}

export function figureOrGap(o: Observation | null, metric: Metric, lang: Lang): string {
  return o ? formatFigure(o, metric, lang) : translator(lang)('notPublished');
}
