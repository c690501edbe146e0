import { useId } from 'react';
import type { Dataset, Metric } from '../../dataset/model.ts';
import { formatDate } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import { scoreboard, scoreCard, standings } from '../../model/scoreboard.ts';
import { standingArrows } from '../../model/wording/kpi-words.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { cardProps } from '../../widgets/kpi-grid.tsx';
import { tileKeys } from './standing-words.ts';

interface SlideProps {
  dataset: Dataset;
  year: number;
}

export function TitleSlide({ dataset, year }: SlideProps) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="slide-title-page">
      <p className="slide-kicker">{t('appTitle')}</p>
      <h2>{pick(dataset.title, lang)}</h2>
      <p className="slide-identity">
        {pick(dataset.region, lang)} · {t('yearOf', { year })}
      </p>
      <p>{t('updated', { date: formatDate(dataset.updated, lang) })}</p>
    </div>
  );
}

/** How many names a count's list holds before it flows into a second column. */
const SCORE_LIST_ROWS = 4;

/** The count of each standing with the KPIs it counts listed beneath it, so a name sits under its own count. */
export function ScoreboardSlide({ dataset, year }: SlideProps) {
  const t = useT();
  const lang = useLang();
  const board = scoreboard(dataset, year);
  const groups = standings.filter((s) => board.counts[s] > 0);
  const idPrefix = useId();
  return (
    <>
      <h2>
        {t('scoreSummary', { count: board.cards.length })} · {t('yearOf', { year })}
      </h2>
      <ul className="slide-score-groups">
        {groups.map((standing) => {
          // A long list takes two columns' width and flows in two, so nine names still fit.
          const wide = board.counts[standing] > SCORE_LIST_ROWS;
          return (
            <li
              key={standing}
              className={`score-${standing}${wide ? ' score-wide' : ''}`}
              aria-labelledby={`${idPrefix}-${standing}`}
            >
              <p className="slide-score-tile" id={`${idPrefix}-${standing}`}>
                <strong>{board.counts[standing]}</strong> {t(tileKeys[standing])}
              </p>
              <ul className="slide-score-list">
                {board.cards
                  .filter((card) => card.standing === standing)
                  .map((card) => (
                    <li key={card.metric.id}>
                      <span aria-hidden="true">{standingArrows[standing]} </span>
                      {pick(card.metric.name, lang)}
                    </li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A long figure ("335,000 requests") steps down a size rather than break inside a word. */
function figureClass({ number, unit }: { number: string; unit: string }, published: boolean) {
  if (!published) return 'slide-figure slide-figure-gap';
  return number.length + unit.length > 8 ? 'slide-figure slide-figure-long' : 'slide-figure';
}

/** One headline KPI: the figure huge, its change, its sentence, and its chart. */
export function KpiSlide({
  dataset,
  year,
  years,
  metric,
}: SlideProps & { years: readonly number[]; metric: Metric }) {
  const lang = useLang();
  const t = useT();
  const card = cardProps(scoreCard(metric, year), dataset, year, lang);
  const spec = metricSpec(dataset, metric, years, lang);
  return (
    <>
      <h2>{card.title}</h2>
      <div className="slide-kpi">
        <div className="slide-kpi-figure">
          <p className={figureClass(card.value, card.published)}>
            {/* A figure never breaks; the words "not published" may. */}
            <span className={card.published ? 'nowrap' : undefined}>{card.value.number}</span>
            {card.value.unit && <span className="slide-figure-unit">{card.value.unit}</span>}
          </p>
          <p className={card.fallback ? 'slide-badge slide-badge-fallback' : 'slide-badge'}>
            {card.year}
          </p>
          {card.change ? (
            <p className={`slide-change tone-${card.change.tone}`}>
              <span aria-hidden="true">{card.change.arrow}</span>{' '}
              {t('changeLine', { versus: card.change.versus, amount: card.change.amount })}
              {card.change.toneLabel && <span className="nowrap">{card.change.toneLabel}</span>}
            </p>
          ) : (
            card.changeReason && <p className="slide-change">{card.changeReason}</p>
          )}
          {/* The sentence tells where the source words the change otherwise: no badge needed. */}
          <p className="slide-sentence">{card.sentence}</p>
        </div>
        {spec.drawing.kind === 'fact' ? (
          <figure className="slide-quote">
            <figcaption>{t('publishedSentence')}</figcaption>
            <blockquote>
              <p>{t('quoted', { text: spec.drawing.quote })}</p>
            </blockquote>
          </figure>
        ) : (
          <Chart spec={spec} variant="slide" />
        )}
      </div>
    </>
  );
}

/**
 * The headline KPIs not published for the focus year, together and apart from the year's own:
 * each shows its latest earlier figure with that year beside it, never as the focus year's.
 */
export function EarlierKpisSlide({ dataset, year, metrics }: SlideProps & { metrics: Metric[] }) {
  const lang = useLang();
  const t = useT();
  return (
    <>
      <h2>{t('earlierKpisTitle', { year })}</h2>
      <ul className={`slide-earlier slide-earlier-${metrics.length}`}>
        {metrics.map((metric) => {
          const card = cardProps(scoreCard(metric, year), dataset, year, lang);
          return (
            <li key={metric.id}>
              <h3>{card.title}</h3>
              <p className="slide-earlier-figure">
                <span className="nowrap">{card.value.number}</span>
                {card.value.unit && (
                  <span className="slide-figure-unit">{card.value.unit}</span>
                )}{' '}
                <span className="slide-badge slide-badge-fallback">{card.year}</span>
              </p>
              <p className="slide-sentence">{card.sentence}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
