import type { Dataset, Source } from '../../dataset/model.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import type { Part, Slide } from './deck.ts';

/** The small print on every slide: where its figures were published, and where we are. */
export function SlideFootnote({
  slide,
  dataset,
  number,
  total,
}: {
  slide: Slide;
  dataset: Dataset;
  number: number;
  total: number;
}) {
  const t = useT();
  const lang = useLang();
  const text =
    slide.kind === 'title' || slide.kind === 'sources'
      ? `${pick(dataset.title, lang)} · ${t('updated', { date: formatDate(dataset.updated, lang) })}`
      : sourcesLine(slide.sources, lang);
  return (
    <footer className="slide-footnote">
      <p>{text}</p>
      <p className="slide-number">{t('slideOf', { number, total })}</p>
    </footer>
  );
}

export function sourcesLine(sources: readonly Source[], lang: Lang): string {
  const t = translator(lang);
  if (sources.length === 0) return t('slideNoFigures');
  return `${t('source')}${t('colon')}${sources.map((s) => pick(s.title, lang)).join(t('clauseJoin'))}`;
}

/** "审批服务 · 2 / 3" where a category or list spreads over several slides. */
export function partTitle(title: string, part: Part, lang: Lang): string {
  return part.parts > 1
    ? `${title}${translator(lang)('slidePart', { part: part.part, parts: part.parts })}`
    : title;
}
