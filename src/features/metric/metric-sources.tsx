import type { Metric } from '../../dataset/model.ts';
import { formatFigure } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { statedNote } from '../../model/wording/sentence.ts';
import '../../widgets/notes.css';

/** Each published figure beside the sentence it was published in. */
export function MetricSources({ metric }: { metric: Metric }) {
  const lang = useLang();
  const t = useT();
  return (
    <section aria-labelledby="sources">
      <h3 id="sources">{t('sources')}</h3>
      <ol className="source-list">
        {metric.observations.map((o) => {
          const differs = statedNote(metric, o.year, lang);
          return (
            <li key={o.year}>
              <p className="source-figure">
                <strong>{t('yearOf', { year: o.year })}</strong> {formatFigure(o, metric, lang)}
                {o.qualifier === 'atLeast' && (
                  <span className="qualifier"> {t('qualifierAtLeast')}</span>
                )}
                {o.qualifier === 'approx' && (
                  <span className="qualifier"> {t('qualifierApprox')}</span>
                )}
              </p>
              <blockquote lang="zh" cite={o.source.url}>
                {o.quote}
              </blockquote>
              <p className="cite">
                {pick(o.source.title, lang)}
                {o.source.publisher && ` · ${pick(o.source.publisher, lang)}`}
                {o.source.published && ` · ${o.source.published}`}
                {o.source.url && (
                  <>
                    {' · '}
                    <a href={o.source.url} rel="noopener noreferrer" target="_blank">
                      {t('openSource')}
                    </a>
                  </>
                )}
                {/* Not a web address: shown as the file wrote it, never as a link (CONTRACT §1). */}
                {o.source.address && ` · ${o.source.address}`}
              </p>
              {differs && <p className="note">{differs}</p>}
              {o.note && (
                <p className="note">
                  <strong>{t('note')}</strong>
                  {t('colon')}
                  {pick(o.note, lang)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
