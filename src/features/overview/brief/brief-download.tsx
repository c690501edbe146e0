import { useRef, useState } from 'react';
import type { Dataset } from '../../../dataset/model.ts';
import { useLang, useT } from '../../../settings/use-lang.ts';
import { saveFile } from '../../../ui/export/save-file.ts';

type Progress = { done: number; total: number };

/** The dashboard's address as a reader would open it again: the page, without a view or a file. */
function dashboardLink(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

/**
 * "Download Word brief": the year's story as a Word file, built in the browser with its code
 * loaded only now; the charts are drawn one by one, with progress and a cancel.
 */
export function BriefDownload({
  dataset,
  year,
  years,
}: {
  dataset: Dataset;
  year: number;
  years: readonly number[];
}) {
  const t = useT();
  const lang = useLang();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const cancel = useRef<AbortController | null>(null);

  const download = async () => {
    const controller = new AbortController();
    cancel.current = controller;
    setProgress({ done: 0, total: 1 });
    setStatus('');
    try {
      const { makeBrief } = await import('./make-brief.ts');
      const { blob, name } = await makeBrief({
        dataset,
        year,
        years,
        lang,
        link: dashboardLink(),
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      saveFile(blob, name);
      setStatus(t('exportDownloaded', { name }));
    } catch (error) {
      setStatus(
        controller.signal.aborted
          ? t('briefCancelled')
          : t('briefFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  };

  return (
    <>
      <div className="page-export-buttons">
        <button
          type="button"
          className="button"
          disabled={progress !== null}
          onClick={() => void download()}
        >
          {t('downloadBrief')}
        </button>
      </div>
      {progress && (
        <div className="page-export-progress">
          <progress value={progress.done} max={progress.total} aria-label={t('downloadBrief')} />
          <button type="button" className="link-button" onClick={() => cancel.current?.abort()}>
            {t('briefCancel')}
          </button>
        </div>
      )}
      <p role="status" className="export-status">
        {progress
          ? t('briefProgress', {
              done: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })
          : status}
      </p>
    </>
  );
}
