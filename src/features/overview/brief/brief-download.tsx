import type { Dataset } from '../../../dataset/model.ts';
import { useLang, useT } from '../../../settings/use-lang.ts';
import { useDocumentDownload } from '../../../widgets/export/use-document-download.ts';

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
  const { progress, status, start, cancel } = useDocumentDownload({
    done: (name) => t('exportDownloaded', { name }),
    cancelled: t('briefCancelled'),
    failed: (reason) => t('briefFailed', { reason }),
  });

  const download = () =>
    start(async (task) => {
      const { makeBrief } = await import('./make-brief.ts');
      return makeBrief({ dataset, year, years, lang, link: dashboardLink(), ...task });
    });

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
          <button type="button" className="link-button" onClick={cancel}>
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
