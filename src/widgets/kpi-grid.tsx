import { Fragment } from 'react';
import type { Dataset } from '../dataset/model.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/translate.ts';
import { scoreboard, standings, type ScoreCard } from '../model/scoreboard.ts';
import { metricAxis, metricSeries } from '../model/metric-series.ts';
import { kpiWords, standingKeys } from '../model/wording/kpi-words.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { KpiCard, type KpiCardProps } from '../ui/kpi-card.tsx';
import { EmbedCode } from './embed-code.tsx';
import type { SparklineProps } from '../ui/sparkline.tsx';
import './kpi-grid.css';

/** A sparkline only where it says something: two or more published years, on the metric's own axis. */
function sparkFor(card: ScoreCard, dataset: Dataset, lang: Lang): SparklineProps | null {
  const { metric } = card;
  if (metric.observations.length < 2) return null;
  // The same series and axis as the metric's chart: everyone ranked, 1st at the top, broken
  // wherever the definition changed.
  const points = metricSeries(metric, dataset.years);
  const axis = metricAxis(metric);
  return {
    years: dataset.years,
    values: points.map((p) => p.observation?.value ?? null),
    domain: axis.range,
    reversed: axis.reversed,
    breaks: points.filter((p) => p.breakBefore).map((p) => p.year),
    marked: card.figure?.year ?? null,
    rangeLabel: translator(lang)('sparkRange', {
      from: dataset.years[0] ?? '',
      to: dataset.years.at(-1) ?? '',
    }),
  };
}

/** A headline KPI as a card (and a slide) shows it: figure, badge, one change line, sentence. */
export function cardProps(
  card: ScoreCard,
  dataset: Dataset,
  year: number,
  lang: Lang,
): KpiCardProps {
  return {
    ...kpiWords(card, year, lang),
    href: `#/metric/${card.metric.id}`,
    spark: sparkFor(card, dataset, lang),
  };
}

/** The headline KPIs of the focus year: how many got better, then one card each. */
export function KpiGrid({
  dataset,
  year,
  embeddable = true,
  headingLevel = 3,
  linkTo,
}: {
  dataset: Dataset;
  year: number;
  /** Offer the embed code; not inside an embed itself. */
  embeddable?: boolean;
  /** The cards' heading level: 2 in an embed, whose one heading above them is its h1. */
  headingLevel?: 2 | 3;
  /** In an embed: each card's link, the metric in the full dashboard, opened in a new tab. */
  linkTo?: (metricId: string) => string;
}) {
  const lang = useLang();
  const t = useT();
  const board = scoreboard(dataset, year);
  return (
    <>
      <p className="score-summary">
        <strong>{t('scoreSummary', { count: board.cards.length })}</strong>
        {t('colon')}
        {standings
          .filter((standing) => board.counts[standing] > 0)
          .map((standing, i) => (
            // The separator stays outside the unbreakable count, so a narrow line breaks there.
            <Fragment key={standing}>
              {i > 0 && ' · '}
              <span className={`score-${standing}`}>
                {t(standingKeys[standing], { count: board.counts[standing] })}
              </span>
            </Fragment>
          ))}
      </p>
      {embeddable && (
        <div className="kpi-actions">
          <EmbedCode target={{ view: 'kpis' }} title={t('headlineKpis')} />
        </div>
      )}
      <ul className="kpi-grid">
        {board.cards.map((card) => (
          <li key={card.metric.id}>
            <KpiCard
              {...cardProps(card, dataset, year, lang)}
              {...(linkTo && { href: linkTo(card.metric.id), newTab: true })}
              headingLevel={headingLevel}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
