import { changeParts, type ChangeView } from '../model/describe-change.ts';
import { useT } from '../i18n/use-t.ts';

const arrows = { up: '▲', down: '▼', flat: '■', unclear: '≈' } as const;

/** A change in a table cell: our reading, the source's words, and why nothing is shown where it is not. */
export function ChangeCell({ view }: { view: ChangeView }) {
  const t = useT();
  const { ours, stated } = changeParts(view);
  return (
    <>
      {ours && (
        <span className={`change tone-${ours.sentiment}`}>
          <span aria-hidden="true">{ours.approximate ? '≈' : arrows[ours.direction]} </span>
          {ours.amount} {ours.versus && <span className="change-versus">{ours.versus}</span>}
        </span>
      )}
      {view.reason && <span className="change-reason">{view.reason}</span>}
      {stated && (
        <span className={view.disagrees ? 'change-stated disagrees' : 'change-stated'}>
          {t('statedBySource')}
          {': '}
          {stated.amount}
          {view.disagrees && ` ⚠ ${t('disagreesWithFigures')}`}
        </span>
      )}
    </>
  );
}
