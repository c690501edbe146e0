import type { Source } from '../dataset/model.ts';
import { pick } from '../i18n/translate.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import './notes.css';

/**
 * The published reports a page's figures come from, closing the page and its printout: title,
 * publisher, date and address, the address written out so that paper keeps it.
 */
export function SourcesCited({ sources }: { sources: readonly Source[] }) {
  const lang = useLang();
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <section className="notes-block sources-cited" aria-labelledby="sources-cited">
      <h2 id="sources-cited">{t('sourcesCited')}</h2>
      <p className="cite">{t('sourcesCitedNote')}</p>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            {pick(s.title, lang)}
            <span className="cite">
              {[s.publisher && pick(s.publisher, lang), s.published].filter(Boolean).join(' · ')}
              {s.url && (
                <>
                  {s.publisher || s.published ? ' · ' : ''}
                  <a href={s.url} rel="noopener noreferrer" target="_blank" translate="no">
                    {s.url}
                  </a>
                </>
              )}
              {/* Not a web address: shown as the file wrote it, never as a link (CONTRACT §1). */}
              {s.address && ` · ${s.address}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
