import type { Metric } from '../dataset/model.ts';
import { useLang } from '../settings/use-lang.ts';
import { changeParts, type ChangeView } from '../model/change-view.ts';
import {
  amountText,
  arrowFor,
  reasonText,
  statedParts,
  versusText,
} from '../model/wording/change-text.ts';
import './change-cell.css';

interface ChangeCellProps {
  view: ChangeView;
  metric: Metric;
  year: number;
}

/** A change in a table cell: our reading, the source's words, and why nothing is shown where it is not. */
export function ChangeCell({ view, metric, year }: ChangeCellProps) {
  const lang = useLang();
  const { ours, stated } = changeParts(view);
  const statedWords = stated && statedParts(stated, metric, lang);
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
      {statedWords && (
        <span className="change-stated">
          <span className="nowrap">{statedWords.label}</span>
          {statedWords.text}
        </span>
      )}
    </>
  );
}
