import type { Dataset } from '../../dataset/model.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import { keyChanges } from '../../model/key-changes.ts';
import { scoreboard } from '../../model/scoreboard.ts';
import { latestUpTo } from '../../model/series.ts';
import { yearSentence } from '../../model/wording/sentence.ts';
import type { Slide } from './deck.ts';

/** What a speaker can read out for a slide: the sentences behind its figures. */
export function slideNotes(
  slide: Slide,
  dataset: Dataset,
  year: number,
  years: readonly number[],
  lang: Lang,
): string[] {
  const t = translator(lang);
  switch (slide.kind) {
    case 'title':
      return [
        `${pick(dataset.title, lang)} · ${pick(dataset.region, lang)} · ${t('yearOf', { year })}`,
        t('updated', { date: formatDate(dataset.updated, lang) }),
      ];
    case 'scoreboard':
      return scoreboard(dataset, year).cards.map(({ metric, figure }) =>
        yearSentence(metric, figure?.year ?? year, lang),
      );
    case 'kpi': {
      const shown = latestUpTo(slide.metric, year)?.year ?? year;
      const spec = metricSpec(dataset, slide.metric, years, lang);
      return [...new Set([yearSentence(slide.metric, shown, lang), spec.summary])];
    }
    case 'charts':
    case 'figures':
      return slide.metrics.map((m) => metricSpec(dataset, m, years, lang).summary);
    case 'keyChanges': {
      const { improvements, declines } = keyChanges(dataset, year);
      const all = [...improvements, ...declines];
      return all.length ? all.map((k) => yearSentence(k.metric, year, lang)) : [t('noKeyChanges')];
    }
    case 'findings':
      return slide.findings.map((f) => `${t(f.type)}${t('colon')}${pick(f.text, lang)}`);
    case 'sources':
      return [t('compiledFrom')];
  }
}
