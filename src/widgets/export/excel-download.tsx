import { useRef } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { documentFileName } from '../../model/export/file-name.ts';
import type { WorkbookScope } from '../../model/export/xlsx/figures-workbook.ts';
import { focusYear } from '../../model/series.ts';
import { useFocusYearSetting } from '../../settings/settings-store.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { DocumentDownload } from './document-download.tsx';
import type { DocumentTask } from './use-document-download.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "Download Excel": the page's figures as one workbook, made in the browser (its code loads
 * only now), with an About sheet and a sheet per category, or one of the metrics chosen. Named
 * by the focus year: `dongcheng-2024-figures.xlsx`.
 */
export function ExcelDownload({
  dataset,
  years,
  scope,
}: {
  dataset: Dataset;
  years: readonly number[];
  scope: WorkbookScope;
}) {
  const t = useT();
  const lang = useLang();
  const year = focusYear(dataset, useFocusYearSetting());
  // How many sheets the workbook has, for the words once it is saved.
  const sheets = useRef(0);
  const build = async ({ signal, onProgress }: DocumentTask) => {
    const { buildFiguresWorkbook } = await import('../../model/export/xlsx/figures-workbook.ts');
    const bytes = await buildFiguresWorkbook(
      { dataset, years, lang, scope, created: new Date() },
      {
        signal,
        onProgress: (done, total) => {
          sheets.current = total;
          onProgress(done, total);
        },
      },
    );
    // No workbook comes back only when it was cancelled.
    if (!bytes) throw signal.reason;
    // A copy into a plain ArrayBuffer, which is what a Blob takes.
    const blob = new Blob([bytes.slice()], { type: XLSX_TYPE });
    return { blob, name: documentFileName(dataset, year, 'figures.xlsx') };
  };

  return (
    <DocumentDownload
      label={t('downloadXlsx')}
      cancelLabel={t('xlsxCancel')}
      progressText={(done, total) => t('xlsxProgress', { done, total })}
      words={{
        done: (name) =>
          sheets.current === 1
            ? t('xlsxDoneOne', { name })
            : t('xlsxDone', { name, count: sheets.current }),
        cancelled: t('xlsxCancelled'),
        failed: (reason) => t('xlsxFailed', { reason }),
      }}
      build={build}
    />
  );
}
