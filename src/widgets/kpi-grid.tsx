import type { Dataset, Metric } from '../dataset/model.ts';
import { formatFigure } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';
import { useLang } from '../settings/use-lang.ts';
import { changeIn } from '../model/change.ts';
import { viewChange } from '../model/change-view.ts';
import { latestUpTo, observationIn, seriesOf } from '../model/series.ts';
import { amountText, reasonText, versusText } from '../model/wording/change-text.ts';
import { yearSentence } from '../model/wording/sentence.ts';
import { KpiCard, type KpiCardProps } from '../ui/kpi-card.tsx';

function cardFor(metric: Metric, dataset: Dataset, year: number, lang: Lang): KpiCardProps {
  const t = translator(lang);
  const view = viewChange(changeIn(metric, year), metric);
  const current = observationIn(metric, year);
  const latest = current ? null : latestUpTo(metric, dataset.years.at(-1) ?? year);
  const shown = current ?? latest;
  const { primary, computed } = view;
  return {
    title: pick(metric.name, lang),
    href: `#/metric/${metric.id}`,
    value: current ? formatFigure(current, metric, lang) : t('notPublished'),
    published: current !== null,
    year: t('yearOf', { year }),
    change: primary
      ? {
          amount: amountText(primary, metric, lang),
          versus: versusText(primary, lang),
          tone: primary.sentiment,
          direction: primary.direction,
          toneLabel:
            primary.sentiment === 'neutral'
              ? undefined
              : t(primary.sentiment === 'good' ? 'toneGood' : 'toneBad'),
          tag: primary.stated ? t('statedBySource') : undefined,
        }
      : undefined,
    secondary: view.disagrees
      ? `${t('byFigures')}${t('colon')}${
          computed
            ? `${amountText(computed, metric, lang)} ${versusText(computed, lang)}`
            : view.reason
              ? reasonText(view.reason, year, lang)
              : ''
        }`
      : undefined,
    changeReason:
      current && !primary && view.reason ? reasonText(view.reason, year, lang) : undefined,
    caption: yearSentence(metric, year, lang),
    aside: (
      <>
        {latest && (
          <p className="kpi-latest">
            {t('latestPublished', { year: latest.year, value: formatFigure(latest, metric, lang) })}
          </p>
        )}
        {shown?.note && (
          <p className="kpi-note">
            <a href={`#/metric/${metric.id}`}>{t('seeNote')}</a>
          </p>
        )}
      </>
    ),
    spark: seriesOf(metric, dataset.years).map((p) => p.observation?.value ?? null),
    source: shown ? `${t('source')}${t('colon')}${pick(shown.source.title, lang)}` : '',
  };
}

/** The headline KPIs of the focus year, as plain HTML cards. */
export function KpiGrid({ dataset, year }: { dataset: Dataset; year: number }) {
  const lang = useLang();
  const headline = dataset.metrics.filter((m) => m.headline);
  return (
    <ul className="kpi-grid">
      {headline.map((m) => (
        <li key={m.id}>
          <KpiCard {...cardFor(m, dataset, year, lang)} />
        </li>
      ))}
    </ul>
  );
}
