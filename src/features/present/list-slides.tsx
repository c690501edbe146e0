import type { Dataset, Finding, Metric, Source } from '../../dataset/model.ts';
import { formatDate, formatFigure } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { factSpec } from '../../model/chart-spec/fact-spec.ts';
import { trendSpec } from '../../model/chart-spec/trend-spec.ts';
import { computedAmount } from '../../model/change-view.ts';
import { keyChanges, type KeyChange } from '../../model/key-changes.ts';
import { arrowFor } from '../../model/wording/change-text.ts';
import { yearSentence } from '../../model/wording/sentence.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import type { Part } from './deck.ts';
import { partTitle } from './slide-parts.tsx';

interface CategorySlideProps extends Part {
  dataset: Dataset;
  categoryId: string;
  metrics: Metric[];
  years: readonly number[];
}

function useCategoryTitle({ dataset, categoryId, part, parts }: CategorySlideProps) {
  const lang = useLang();
  const category = dataset.categoryById.get(categoryId);
  return partTitle(category ? pick(category.name, lang) : categoryId, { part, parts }, lang);
}

/** A category's trends, two to a slide so that neither shrinks. */
export function ChartsSlide(props: CategorySlideProps) {
  const lang = useLang();
  const { dataset, metrics, years } = props;
  return (
    <>
      <h2>{useCategoryTitle(props)}</h2>
      <div className={`slide-charts slide-charts-${metrics.length}`}>
        {metrics.map((m) => (
          <Chart key={m.id} spec={trendSpec(dataset, m, years, lang)} variant="slide" />
        ))}
      </div>
    </>
  );
}

/** A category's single published figures, each with its year. */
export function FiguresSlide(props: CategorySlideProps) {
  const lang = useLang();
  const { dataset, metrics, years } = props;
  return (
    <>
      <h2>{useCategoryTitle(props)}</h2>
      <ul className="slide-figures">
        {metrics.flatMap((m) => {
          const spec = factSpec(dataset, m, years, lang);
          if (spec?.drawing.kind !== 'fact') return [];
          return (
            <li key={m.id}>
              <span className="slide-figures-name">{spec.title}</span>
              <strong>{spec.drawing.figure}</strong>
              <span className="slide-figures-year">{spec.drawing.year}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function KeyChangesSlide({ dataset, year }: { dataset: Dataset; year: number }) {
  const t = useT();
  const lang = useLang();
  const { improvements, declines } = keyChanges(dataset, year);
  const column = (title: string, items: KeyChange[], tone: 'good' | 'bad') => (
    <section>
      <h3>{title}</h3>
      <ul className="slide-changes">
        {items.map((k) => {
          const amount = computedAmount(k.change);
          return (
            <li key={k.metric.id}>
              <span aria-hidden="true" className={`tone-${tone}`}>
                {amount ? arrowFor(amount) : '≈'}{' '}
              </span>
              {yearSentence(k.metric, year, lang)}
            </li>
          );
        })}
      </ul>
    </section>
  );
  return (
    <>
      <h2>
        {t('keyChanges')} · {t('yearOf', { year })}
      </h2>
      {improvements.length + declines.length === 0 ? (
        <p>{t('noKeyChanges')}</p>
      ) : (
        <div className="slide-columns">
          {column(t('improvements'), improvements, 'good')}
          {column(t('declines'), declines, 'bad')}
        </div>
      )}
    </>
  );
}

/** Shortcomings and plans, each with the latest figures of what it concerns. */
export function FindingsSlide({
  dataset,
  findings,
  part,
  parts,
}: Part & { dataset: Dataset; findings: Finding[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h2>{partTitle(t('findings'), { part, parts }, lang)}</h2>
      <ul className="slide-findings">
        {findings.map((f, i) => {
          const figures = f.metricIds.flatMap((id) => {
            const m = dataset.metricById.get(id);
            const latest = m?.observations.at(-1);
            return m && latest
              ? [
                  `${pick(m.name, lang)} ${formatFigure(latest, m, lang)}${t('aside', { text: t('yearOf', { year: latest.year }) })}`,
                ]
              : [];
          });
          return (
            <li key={i}>
              <span className={`finding-type finding-${f.type}`}>
                {t(f.type)} · {t('yearOf', { year: f.year })}
              </span>{' '}
              {pick(f.text, lang)}
              {figures.length > 0 && (
                <span className="slide-finding-figures">{figures.join(t('clauseJoin'))}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function SourcesSlide({ sources, part, parts }: Part & { sources: Source[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h2>{partTitle(t('sources'), { part, parts }, lang)}</h2>
      <ol className="slide-sources">
        {sources.map((s) => (
          <li key={s.id}>
            {pick(s.title, lang)}
            {(s.publisher || s.published) && (
              <span className="slide-source-meta">
                {[
                  s.publisher && pick(s.publisher, lang),
                  s.published && formatDate(s.published, lang),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="slide-closing">{t('compiledFrom')}</p>
    </>
  );
}
