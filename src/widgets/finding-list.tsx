import { useId } from 'react';
import type { Dataset, Finding } from '../dataset/model.ts';
import { formatFigure } from '../i18n/format.ts';
import { followUpHeading, isRecurring } from '../model/follow-ups.ts';
import { pick } from '../i18n/translate.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import './notes.css';

interface FindingListProps {
  dataset: Dataset;
  findings: readonly Finding[];
  title?: string;
  /** The id of the heading of the part this list belongs to, so each list's region has its own name. */
  within?: string;
}

/**
 * Shortcomings and plans, each beside the latest figure of what it concerns, or "none published";
 * under each, what later reports say of it (year, status, verbatim quote, source), and a
 * shortcoming named again the next year marked so in words (src/model/follow-ups.ts).
 */
export function FindingList({ dataset, findings, title, within }: FindingListProps) {
  const lang = useLang();
  const t = useT();
  const headingId = useId();
  if (findings.length === 0) return null;
  return (
    <section
      className="notes-block"
      aria-labelledby={within ? `${within} ${headingId}` : headingId}
    >
      <h3 id={headingId}>{title ?? t('findings')}</h3>
      <ul className="findings">
        {findings.map((f, i) => {
          const metrics = f.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
          return (
            <li key={i} className={`finding finding-${f.type}`}>
              <span className="finding-type">
                {t(f.type)} · {t('yearOf', { year: f.year })}
              </span>{' '}
              {pick(f.text, lang)}
              <span className="finding-metrics">
                {t('relatedMetrics')}
                {t('colon')}
                {metrics.length === 0
                  ? t('noMetricFigures')
                  : metrics.map((m, j) => {
                      const latest = m.observations.at(-1);
                      return (
                        <span key={m.id}>
                          {j > 0 && t('clauseJoin')}
                          <a href={`#/metric/${m.id}`}>{pick(m.name, lang)}</a>{' '}
                          {latest
                            ? `${formatFigure(latest, m, lang)}${t('aside', { text: t('yearOf', { year: latest.year }) })}`
                            : t('notPublished')}
                        </span>
                      );
                    })}
              </span>
              {isRecurring(f, dataset.findings) && (
                <span className="finding-recurring">{t('recurring')}</span>
              )}
              {f.followUps.length > 0 && (
                <ul className="finding-follow-ups">
                  {f.followUps.map((u) => (
                    <li key={u.year}>
                      <span className="follow-up-status">{followUpHeading(u, t)}</span>
                      {t('colon')}
                      <q>{u.quote}</q>
                      {t('aside', { text: pick(u.source.title, lang) })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
