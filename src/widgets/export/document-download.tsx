import {
  useDocumentDownload,
  type DocumentTask,
  type DocumentWords,
} from './use-document-download.ts';
import './export.css';

/**
 * A document's download button on a page (the Word brief, the Excel workbook): the button, a
 * bar and a cancel while it builds, and a status line saying how far it is or how it ended.
 */
export function DocumentDownload({
  label,
  cancelLabel,
  progressText,
  words,
  build,
}: {
  label: string;
  cancelLabel: string;
  progressText: (done: number, total: number) => string;
  words: DocumentWords;
  build: (task: DocumentTask) => Promise<{ blob: Blob; name: string }>;
}) {
  const { progress, status, start, cancel } = useDocumentDownload(words);
  return (
    <div className="document-download">
      <button
        type="button"
        className="button"
        disabled={progress !== null}
        onClick={() => void start(build)}
      >
        {label}
      </button>
      {progress && (
        <>
          <progress value={progress.done} max={progress.total} aria-label={label} />
          <button type="button" className="link-button" onClick={cancel}>
            {cancelLabel}
          </button>
        </>
      )}
      <p role="status" className="export-status">
        {progress
          ? progressText(Math.min(progress.done + 1, progress.total), progress.total)
          : status}
      </p>
    </div>
  );
}
