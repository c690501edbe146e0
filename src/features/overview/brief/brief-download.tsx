import type { Dataset } from '../../../dataset/model.ts';
import { useLang, useT } from '../../../settings/use-lang.ts';
import { DocumentDownload } from '../../../widgets/export/document-download.tsx';

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
  return (
    <DocumentDownload
      label={t('downloadBrief')}
      cancelLabel={t('briefCancel')}
      progressText={(done, total) => t('briefProgress', { done, total })}
      words={{
        done: (name) => t('exportDownloaded', { name }),
        cancelled: t('briefCancelled'),
        failed: (reason) => t('briefFailed', { reason }),
      }}
      build={async (task) => {
        const { makeBrief } = await import('./make-brief.ts');
        return makeBrief({ dataset, year, years, lang, link: dashboardLink(), ...task });
      }}
    />
  );
}
