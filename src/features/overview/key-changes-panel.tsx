import { useId } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { computedAmount } from '../../model/change-view.ts';
import { keyChanges, type KeyChange } from '../../model/key-changes.ts';
import { arrowFor } from '../../model/wording/change-text.ts';
import { yearSentence } from '../../model/wording/sentence.ts';
import '../../widgets/notes.css';

/** The arrow follows the words: a rank that climbs points up though its number fell. */
const arrowOf = (k: KeyChange) => {
  const amount = computedAmount(k.change);
  return amount ? arrowFor(amount) : '≈';
};

/** The focus year's largest improvements and declines, each as a sentence linking to its metric. */
export function KeyChangesPanel({ dataset, year }: { dataset: Dataset; year: number }) {
  const lang = useLang();
  const t = useT();
  const improvementsId = useId();
  const declinesId = useId();
  const { improvements, declines } = keyChanges(dataset, year);
  const list = (items: KeyChange[], tone: 'good' | 'bad', labelledBy: string) => (
    <ul className={`key-changes tone-list-${tone}`} aria-labelledby={labelledBy}>
      {items.map((k) => (
        <li key={k.metric.id}>
          <span aria-hidden="true" className={`tone-${tone}`}>
            {arrowOf(k)}{' '}
          </span>
          <a href={`#/metric/${k.metric.id}`}>{yearSentence(k.metric, year, lang)}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="notes-block key-changes-panel" aria-labelledby="key-changes">
      <h2 id="key-changes">
        {t('keyChanges')} · {t('yearOf', { year })}
      </h2>
      {improvements.length + declines.length === 0 ? (
        <p>{t('noKeyChanges')}</p>
      ) : (
        <div className="notes-grid">
          <div>
            <h3 id={improvementsId}>{t('improvements')}</h3>
            {improvements.length ? (
              list(improvements, 'good', improvementsId)
            ) : (
              <p>{t('noneImproved')}</p>
            )}
          </div>
          <div>
            <h3 id={declinesId}>{t('declines')}</h3>
            {declines.length ? list(declines, 'bad', declinesId) : <p>{t('noneDeclined')}</p>}
          </div>
        </div>
      )}
    </section>
  );
}
