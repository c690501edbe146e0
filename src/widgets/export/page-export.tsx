import { useRef, useState, type ReactNode } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import type { Lang } from '../../i18n/lang.ts';
import { loadCatalogue } from '../../i18n/load-catalogue.ts';
import { exportFileName } from '../../model/export/file-name.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { saveFile } from '../../ui/export/save-file.ts';
import { printPage } from '../../ui/print.ts';
import { useExportTheme } from './export-colours.ts';
import { useExportTask } from './use-export-task.ts';
import './export.css';

/**
 * A page's "Export all" (every chart shown, PNG and CSV each, in one ZIP, with progress and
 * a cancel) and "Print" (every chart drawn first, then the browser's print dialog).
 * `name` heads the ZIP's file name: "overview", "category-hotline". `specs` is the page's own
 * list of its charts, in the order it shows them; `specsIn` builds them in another language,
 * so that `index.csv` names every file in zh and en whatever the page's language. `kpis` (the
 * overview's) puts the scoreboard and the headline KPI cards first, as images. `children` are
 * the page's document downloads (the Word brief, the Excel workbook), shown after these two.
 */
export function PageExport({
  name,
  title,
  specs,
  specsIn,
  kpis,
  children,
}: {
  name: string;
  title: string;
  specs: readonly ChartSpec[];
  /** The same charts in another language, for the index's zh and en titles. */
  specsIn?: (lang: Lang) => readonly ChartSpec[];
  /** The headline KPIs the page shows above its charts, for the focus year. */
  kpis?: { dataset: Dataset; year: number };
  children?: ReactNode;
}) {
  const lang = useLang();
  const t = useT();
  const theme = useExportTheme();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancel = useRef<AbortController | null>(null);
  const { status, setStatus, run } = useExportTask(title);

  const exportAll = () =>
    run(async () => {
      if (!specs.length && !kpis) return 'exportNothing';
      const controller = new AbortController();
      cancel.current = controller;
      const sheet = kpis ? { ...kpis, lang } : null;
      setProgress({ done: 0, total: specs.length });
      try {
        const { imageCount, zipCharts } = await import('./zip-charts.ts');
        const total = imageCount(specs, sheet);
        setProgress({ done: 0, total });
        await Promise.all([loadCatalogue('zh'), loadCatalogue('en')]);
        const titles = {
          zh: titlesById(specs[0]?.lang === 'zh' ? specs : (specsIn?.('zh') ?? specs)),
          en: titlesById(specs[0]?.lang === 'en' ? specs : (specsIn?.('en') ?? specs)),
        };
        const zip = await zipCharts(
          { specs, kpis: sheet },
          theme,
          titles,
          (done) => setProgress({ done, total }),
          controller.signal,
        );
        if (!zip) return 'exportAllCancelled';
        // The charts' years name the file; only a page of KPIs and no charts takes the focus year.
        const years = specs.length
          ? {
              from: Math.min(...specs.map((s) => s.years.from)),
              to: Math.max(...specs.map((s) => s.years.to)),
            }
          : { from: kpis?.year ?? 0, to: kpis?.year ?? 0 };
        const file = exportFileName(name, years, 'zip');
        saveFile(zip, file);
        const done = { name: file, count: specs.length };
        return { text: sheet ? t('exportAllDoneKpis', done) : t('exportAllDone', done) };
      } finally {
        cancel.current = null;
        setProgress(null);
      }
    });

  return (
    <div className="page-export">
      <div className="page-export-buttons">
        <button
          type="button"
          className="button"
          disabled={progress !== null}
          onClick={() => void exportAll()}
        >
          {t('exportAll')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setStatus({ text: t('printPreparing') });
            void printPage().then(() => setStatus(null));
          }}
        >
          {t('printPage')}
        </button>
      </div>
      {children}
      {progress && (
        <div className="page-export-progress">
          <progress value={progress.done} max={progress.total} aria-label={t('exportAll')} />
          <button type="button" className="link-button" onClick={() => cancel.current?.abort()}>
            {t('exportAllCancel')}
          </button>
        </div>
      )}
      <p role="status" className="export-status">
        {progress
          ? t('exportAllProgress', {
              done: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })
          : status?.text}
      </p>
    </div>
  );
}

function titlesById(specs: readonly ChartSpec[]): Map<string, string> {
  return new Map(specs.map((s) => [s.id, s.title]));
}
