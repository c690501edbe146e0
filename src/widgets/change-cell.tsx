import type { Metric } from '../dataset/model.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { changeParts, type ChangeView } from '../model/change-view.ts';
import { amountText, arrowFor, reasonText, versusText } from '../model/wording/change-text.ts';

interface ChangeCellProps {
  view: ChangeView;
  metric: Metric;
  year: number;
}

/** A change in a table cell: our reading, the source's words, and why nothing is shown where it is not. */
export function ChangeCell({ view, metric, year }: ChangeCellProps) {
  const lang = useLang();
  const t = useT();
  const { ours, stated } = changeParts(view);
  return (
    <>
      {ours && (
        <span className={`change tone-${ours.sentiment}`}>
          <span aria-hidden="true">{arrowFor(ours)} </span>
          {amountText(ours, metric, lang)}{' '}
          <span className="change-versus">{versusText(ours, lang)}</span>
        </span>
      )}
      {view.reason && <span className="change-reason">{reasonText(view.reason, year, lang)}</span>}
      {stated && (
        <span className={view.disagrees ? 'change-stated disagrees' : 'change-stated'}>
          <span className="nowrap">
            {t('statedBySource')}
            {t('colon')}
          </span>
          {amountText(stated, metric, lang)}
          {view.disagrees && ` ${t('warningMark', { text: t('disagreesWithFigures') })}`}
        </span>
      )}
    </>
  );
}
