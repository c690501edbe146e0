import { useId } from 'react';
import type { Dataset, Finding } from '../dataset/model.ts';
import { formatFigure } from '../i18n/format.ts';
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

/** Shortcomings and plans, each beside the latest figure of what it concerns, or "none published". */
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
            </li>
          );
        })}
      </ul>
    </section>
  );
}
