import { useRef, useState } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { documentFileName } from '../../model/export/file-name.ts';
import type { WorkbookScope } from '../../model/export/xlsx/figures-workbook.ts';
import { focusYear } from '../../model/series.ts';
import { useFocusYearSetting } from '../../settings/settings-store.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { saveFile } from '../../ui/export/save-file.ts';
import './export.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Progress = { done: number; total: number };

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
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const cancel = useRef<AbortController | null>(null);

  const download = async () => {
    const controller = new AbortController();
    cancel.current = controller;
    setProgress({ done: 0, total: 1 });
    setStatus('');
    try {
      const { buildFiguresWorkbook } = await import('../../model/export/xlsx/figures-workbook.ts');
      let sheets = 0;
      const bytes = await buildFiguresWorkbook(
        { dataset, years, lang, scope, created: new Date() },
        {
          signal: controller.signal,
          onProgress: (done, total) => {
            sheets = total;
            setProgress({ done, total });
          },
        },
      );
      if (!bytes) {
        setStatus(t('xlsxCancelled'));
        return;
      }
      const name = documentFileName(dataset, year, 'figures.xlsx');
      // A copy into a plain ArrayBuffer, which is what a Blob takes.
      saveFile(new Blob([bytes.slice()], { type: XLSX_TYPE }), name);
      setStatus(sheets === 1 ? t('xlsxDoneOne', { name }) : t('xlsxDone', { name, count: sheets }));
    } catch (error) {
      setStatus(
        t('xlsxFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  };

  return (
    <div className="excel-download">
      <button
        type="button"
        className="button"
        disabled={progress !== null}
        onClick={() => void download()}
      >
        {t('downloadXlsx')}
      </button>
      {progress && (
        <>
          <progress value={progress.done} max={progress.total} aria-label={t('downloadXlsx')} />
          <button type="button" className="link-button" onClick={() => cancel.current?.abort()}>
            {t('xlsxCancel')}
          </button>
        </>
      )}
      <p role="status" className="export-status">
        {progress
          ? t('xlsxProgress', {
              done: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })
          : status}
      </p>
    </div>
  );
}
