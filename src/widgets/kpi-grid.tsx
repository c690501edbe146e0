import type { Dataset, Metric } from '../dataset/model.ts';
import { formatFigure } from '../i18n/format.ts';
import { pick, translator } from '../i18n/translate.ts';
import { useLang } from '../i18n/use-t.ts';
import { changeIn } from '../model/change.ts';
import { describeChange } from '../model/describe-change.ts';
import { latestUpTo, seriesOf } from '../model/series.ts';
import { KpiCard, type KpiCardProps } from '../ui/kpi-card.tsx';
import type { Lang } from '../i18n/lang.ts';

function cardFor(metric: Metric, dataset: Dataset, year: number, lang: Lang): KpiCardProps {
  const t = translator(lang);
  const change = changeIn(metric, year);
  const described = describeChange(change, metric, lang);
  const current = change.status === 'notPublished' ? null : change.current;
  const latest = current ? null : latestUpTo(metric, dataset.years.at(-1) ?? year);
  const shownSource = current ?? latest;
  return {
    title: pick(metric.name, lang),
    href: `#/metric/${metric.id}`,
    value: current ? formatFigure(current, metric, lang) : t('notPublished'),
    published: current !== null,
    year: lang === 'zh' ? `${year}年` : String(year),
    change:
      change.status === 'compared' && described && 'shown' in described
        ? {
            ...described.shown,
            tone: change.sentiment,
            direction: change.direction,
            toneLabel:
              change.sentiment === 'neutral'
                ? undefined
                : t(change.sentiment === 'good' ? 'toneGood' : 'toneBad'),
          }
        : undefined,
    changeReason: described && 'reason' in described ? described.reason : undefined,
    aside: (
      <>
        {latest && (
          <p className="kpi-latest">
            {t('latestPublished', { year: latest.year, value: formatFigure(latest, metric, lang) })}
          </p>
        )}
        {(current ?? latest)?.note && (
          <p className="kpi-note">
            <a href={`#/metric/${metric.id}`}>{t('seeNote')}</a>
          </p>
        )}
      </>
    ),
    spark: seriesOf(metric, dataset.years).map((p) => p.observation?.value ?? null),
    source: shownSource
      ? `${t('source')}${lang === 'zh' ? '：' : ': '}${pick(shownSource.source.title, lang)}`
      : '',
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
