import type { Dataset, Metric } from '../../dataset/model.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { scoreboard } from '../../model/scoreboard.ts';
import type { Slide } from './deck.ts';
import { partTitle } from './slide-parts.tsx';

/**
 * What a slide is called in a list of slides (arranging a deck): its heading, and where slides
 * share a heading (a category's charts, the findings), what tells them apart.
 */
export function slideTitle(slide: Slide, dataset: Dataset, year: number, lang: Lang): string {
  const t = translator(lang);
  const names = (metrics: readonly Metric[]) => metrics.map((m) => pick(m.name, lang));
  const showing = (heading: string, items: readonly string[]) =>
    items.length ? `${heading}${t('colon')}${items.join(t('listJoin'))}` : heading;
  const categoryName = (id: string) => {
    const category = dataset.categoryById.get(id);
    return category ? pick(category.name, lang) : id;
  };
  switch (slide.kind) {
    case 'title':
      return pick(dataset.title, lang);
    case 'scoreboard': {
      const count = scoreboard(dataset, year).cards.length;
      return `${t('scoreSummary', { count })} · ${t('yearOf', { year })}`;
    }
    case 'kpi':
      return pick(slide.metric.name, lang);
    case 'earlierKpis':
      // Its heading has a colon already.
      return `${t('earlierKpisTitle', { year })}${t('aside', { text: names(slide.metrics).join(t('listJoin')) })}`;
    case 'charts':
      return showing(partTitle(categoryName(slide.categoryId), slide, lang), names(slide.metrics));
    case 'figures': {
      const category = partTitle(categoryName(slide.categoryId), slide, lang);
      const heading = slide.otherYears ? t('otherYearsTitle', { category }) : category;
      return showing(heading, names(slide.metrics));
    }
    case 'keyChanges':
      return t('otherKeyChanges');
    case 'findings':
      return showing(
        partTitle(t('findings'), slide, lang),
        slide.groups.map((g) => t(g.heading, { year: g.year })),
      );
    case 'sources':
      return partTitle(t('sources'), slide, lang);
  }
}
