import type { Dataset, Metric, Source } from '../../dataset/model.ts';
import { formatDate } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { factSpec } from '../../model/chart-spec/fact-spec.ts';
import { trendSpec } from '../../model/chart-spec/trend-spec.ts';
import { computedAmount } from '../../model/change-view.ts';
import type { KeyChange } from '../../model/key-changes.ts';
import { arrowFor } from '../../model/wording/change-text.ts';
import { yearSentence } from '../../model/wording/sentence.ts';
import { followUpHeading, isRecurring } from '../../model/follow-ups.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import type { FindingGroup, Part } from './deck.ts';
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

/**
 * A category's single published figures, each with its year; those of other years than the
 * focus year on slides of their own. A lone figure is shown large with the words it was
 * published in, never as one small tile on an empty slide.
 */
export function FiguresSlide(props: CategorySlideProps & { otherYears: boolean }) {
  const t = useT();
  const lang = useLang();
  const { dataset, metrics, years, otherYears } = props;
  const title = useCategoryTitle(props);
  const specs = metrics.flatMap((m) => {
    const spec = factSpec(dataset, m, years, lang);
    return spec?.drawing.kind === 'fact' ? [{ spec, drawing: spec.drawing }] : [];
  });
  const [only] = specs;
  return (
    <>
      <h2>{otherYears ? t('otherYearsTitle', { category: title }) : title}</h2>
      {specs.length === 1 && only ? (
        <div className="slide-kpi">
          <div className="slide-kpi-figure">
            <p className="slide-figures-name">{only.spec.title}</p>
            <p className="slide-figure slide-figure-long">{only.drawing.figure}</p>
            <p className="slide-badge">{only.drawing.year}</p>
          </div>
          <figure className="slide-quote">
            <figcaption>{t('publishedSentence')}</figcaption>
            <blockquote>
              <p>{t('quoted', { text: only.drawing.quote })}</p>
            </blockquote>
          </figure>
        </div>
      ) : (
        <ul className="slide-figures">
          {specs.map(({ spec, drawing }) => (
            <li key={spec.id}>
              <span className="slide-figures-name">{spec.title}</span>
              <strong>{drawing.figure}</strong>
              <span className="slide-figures-year">{drawing.year}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The year's largest changes among the figures that have no slide of their own. */
export function KeyChangesSlide({
  year,
  improvements,
  declines,
}: {
  year: number;
  improvements: KeyChange[];
  declines: KeyChange[];
}) {
  const t = useT();
  const lang = useLang();
  const column = (title: string, items: KeyChange[], tone: 'good' | 'bad') =>
    items.length > 0 && (
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
        {t('otherKeyChanges')} · {t('yearOf', { year })}
      </h2>
      <div className="slide-columns">
        {column(t('improvements'), improvements, 'good')}
        {column(t('declines'), declines, 'bad')}
      </div>
    </>
  );
}

/** The headings a run of findings goes under. */
export function groupHeading(group: FindingGroup, t: ReturnType<typeof useT>): string {
  return t(group.heading, { year: group.year });
}

/**
 * Shortcomings and plans under their headings, in two columns, each with what a later report says
 * of it and a recurring shortcoming marked in words; their figures and sources are in the notes.
 */
export function FindingsSlide({
  dataset,
  groups,
  part,
  parts,
}: Part & { dataset: Dataset; groups: FindingGroup[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h2>{partTitle(t('findings'), { part, parts }, lang)}</h2>
      <div className="slide-findings">
        {groups.map((group) => (
          <section key={group.heading}>
            <h3>{groupHeading(group, t)}</h3>
            <ul>
              {group.findings.map((f, i) => (
                <li key={i}>
                  {pick(f.text, lang)}
                  {isRecurring(f, dataset.findings) && (
                    <span className="slide-recurring">{t('recurring')}</span>
                  )}
                  {f.followUps.map((u) => (
                    <span key={u.year} className="slide-follow-up">
                      <strong>{followUpHeading(u, t)}</strong>
                      {t('colon')}
                      {t('quoted', { text: u.quote })}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

export function SourcesSlide({ list, part, parts }: Part & { list: Source[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h2>{partTitle(t('sources'), { part, parts }, lang)}</h2>
      <ol className="slide-sources">
        {list.map((s) => (
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
