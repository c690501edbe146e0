import type { Milestone } from '../dataset/model.ts';
import { pick } from '../i18n/translate.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import './notes.css';

export function MilestoneList({ milestones }: { milestones: readonly Milestone[] }) {
  const lang = useLang();
  const t = useT();
  if (milestones.length === 0) return null;
  return (
    <section className="notes-block">
      <h3>{t('milestones')}</h3>
      <ol className="timeline">
        {milestones.map((m, i) => (
          <li key={i}>
            <span className="timeline-year">{t('yearOf', { year: m.year })}</span>{' '}
            {pick(m.text, lang)}
            <span className="cite">
              {t('source')}
              {t('colon')}
              {pick(m.source.title, lang)}
              {m.quote && (
                <>
                  {' · '}
                  <q lang="zh">{m.quote}</q>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
