import { useId } from 'react';
import { shownAddress, withoutHiddenCharacters } from './shown-address.ts';
import './error-panel.css';

export interface ErrorPanelProps {
  title: string;
  intro: string;
  problems: readonly { path: string; message: string }[];
  /** The address or file that failed, shown once, plainly: its label (e.g. "数据地址：") and text. */
  address?: { label: string; text: string };
  /** Shown when more problems were found than are listed. */
  more?: string;
  whatNext: string;
  labels: { retry: string; openFile: string; defaultData: string };
  onRetry: () => void;
  onOpenFile: (file: File) => void;
  /** Where another file than the default failed: go back to the default data. */
  onDefaultData?: () => void;
}

/**
 * Everything wrong with the data, in plain words, and ways forward. Text only: nothing is
 * rendered as HTML. The alert announces what went wrong; the address, which a link chose and
 * may word as it likes, is shown once below it, cut short and as code, and is not announced.
 */
export function ErrorPanel(props: ErrorPanelProps) {
  const fileId = useId();
  return (
    <section className="error-panel" aria-labelledby={`${fileId}-title`}>
      <div role="alert">
        <h2 id={`${fileId}-title`}>{props.title}</h2>
        {props.intro && <p>{props.intro}</p>}
        <ul className="problems">
          {props.problems.map((p, i) => (
            <li key={i}>
              {p.path && <code>{withoutHiddenCharacters(p.path)}</code>}{' '}
              {withoutHiddenCharacters(p.message)}
            </li>
          ))}
        </ul>
      </div>
      {props.more && <p>{props.more}</p>}
      {props.address && (
        <p className="error-address">
          {props.address.label}
          <code dir="ltr" translate="no">
            {shownAddress(props.address.text)}
          </code>
        </p>
      )}
      <p>{props.whatNext}</p>
      <div className="error-actions">
        <button type="button" className="button primary" onClick={props.onRetry}>
          {props.labels.retry}
        </button>
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onOpenFile(file);
            e.currentTarget.value = '';
          }}
        />
        <label className="button" htmlFor={fileId}>
          {props.labels.openFile}
        </label>
        {props.onDefaultData && (
          <button type="button" className="button" onClick={props.onDefaultData}>
            {props.labels.defaultData}
          </button>
        )}
      </div>
    </section>
  );
}
