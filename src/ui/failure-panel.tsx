import type { ReactNode } from 'react';
import './error-panel.css';

/** What failed, in the reader's words, and the way on. */
export function FailurePanel({
  title,
  body,
  actions,
}: {
  title: string;
  body: string;
  actions?: ReactNode;
}) {
  return (
    <section className="error-panel view-failed" role="alert">
      <h2>{title}</h2>
      <p>{body}</p>
      {actions && <div className="error-actions">{actions}</div>}
    </section>
  );
}
