import type { Dataset } from '../../dataset/model.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { useDocumentDownload } from '../../widgets/export/use-document-download.ts';
import type { Slide } from './deck.ts';

export interface DeckDownloadsProps {
  dataset: Dataset;
  year: number;
  years: readonly number[];
  slides: readonly Slide[];
  /** Lays every slide out for print and opens the print dialog (Save as PDF). */
  printDeck: () => void;
}

/**
 * The deck as it is arranged, to take away: a PowerPoint file with native charts and speaker
 * notes, built in the browser (its code loads only now), or a PDF through the print dialog.
 */
export function DeckDownloads({ dataset, year, years, slides, printDeck }: DeckDownloadsProps) {
  const t = useT();
  const lang = useLang();
  const { progress, status, setStatus, start, cancel } = useDocumentDownload({
    done: (name) => t('exportDownloaded', { name }),
    cancelled: t('pptxCancelled'),
    failed: (reason) => t('pptxFailed', { reason }),
  });

  const downloadPptx = () =>
    start(async ({ signal, onProgress }) => {
      const { buildPptx, pptxFileName } = await import('./pptx/build-pptx.ts');
      const blob = await buildPptx({ dataset, year, years, lang, slides, signal, onProgress });
      return { blob, name: pptxFileName(dataset, year) };
    });

  return (
    <div className="deck-downloads">
      <button type="button" disabled={progress !== null} onClick={() => void downloadPptx()}>
        {t('downloadPptx')}
      </button>
      <button
        type="button"
        onClick={() => {
          setStatus(t('pdfPreparing'));
          printDeck();
        }}
      >
        {t('downloadPdf')}
      </button>
      {progress && (
        <>
          <progress value={progress.done} max={progress.total} aria-label={t('downloadPptx')} />
          <button type="button" onClick={cancel}>
            {t('pptxCancel')}
          </button>
        </>
      )}
      <p role="status" className="deck-downloads-status">
        {progress
          ? t('pptxProgress', {
              done: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })
          : status}
      </p>
    </div>
  );
}
