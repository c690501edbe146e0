import { useRef, useState } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { saveFile } from '../../ui/export/save-file.ts';
import type { Slide } from './deck.ts';

export interface DeckDownloadsProps {
  dataset: Dataset;
  year: number;
  years: readonly number[];
  slides: readonly Slide[];
  /** Lays every slide out for print and opens the print dialog (Save as PDF). */
  printDeck: () => void;
}

type Progress = { done: number; total: number };

/**
 * The deck as it is arranged, to take away: a PowerPoint file with native charts and speaker
 * notes, built in the browser (its code loads only now), or a PDF through the print dialog.
 */
export function DeckDownloads({ dataset, year, years, slides, printDeck }: DeckDownloadsProps) {
  const t = useT();
  const lang = useLang();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const cancel = useRef<AbortController | null>(null);

  const downloadPptx = async () => {
    const controller = new AbortController();
    cancel.current = controller;
    setProgress({ done: 0, total: slides.length });
    setStatus('');
    try {
      const { buildPptx, pptxFileName } = await import('./pptx/build-pptx.ts');
      const blob = await buildPptx({
        dataset,
        year,
        years,
        lang,
        slides,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      const name = pptxFileName(dataset, year);
      saveFile(blob, name);
      setStatus(t('exportDownloaded', { name }));
    } catch (error) {
      setStatus(
        controller.signal.aborted
          ? t('pptxCancelled')
          : t('pptxFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  };

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
          <button type="button" onClick={() => cancel.current?.abort()}>
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
