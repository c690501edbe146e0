import { useId } from 'react';
import './error-panel.css';

export interface ErrorPanelProps {
  title: string;
  intro: string;
  problems: readonly { path: string; message: string }[];
  /** Shown when more problems were found than are listed. */
  more?: string;
  whatNext: string;
  labels: { retry: string; openFile: string; defaultData: string };
  onRetry: () => void;
  onOpenFile: (file: File) => void;
  /** Where another file than the default failed: go back to the default data. */
  onDefaultData?: () => void;
}

/** Everything wrong with the data, in plain words, and ways forward. Text only: nothing is rendered as HTML. */
export function ErrorPanel(props: ErrorPanelProps) {
  const fileId = useId();
  return (
    <section className="error-panel" role="alert" aria-labelledby={`${fileId}-title`}>
      <h2 id={`${fileId}-title`}>{props.title}</h2>
      {props.intro && <p>{props.intro}</p>}
      <ul className="problems">
        {props.problems.map((p, i) => (
          <li key={i}>
            {p.path && <code>{p.path}</code>} {p.message}
          </li>
        ))}
      </ul>
      {props.more && <p>{props.more}</p>}
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
