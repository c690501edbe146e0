import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { exportFileName } from '../../model/export/file-name.ts';
import { useT } from '../../settings/use-lang.ts';
import { ChartThemeContext } from '../../ui/chart/tokens.ts';
import { canCopyImages, copyImage } from '../../ui/export/clipboard.ts';
import { saveFile } from '../../ui/export/save-file.ts';
import { useRegisterExport } from './export-scope.tsx';
import { useExportTask } from './use-export-task.ts';

const ratios = [1, 2, 3] as const;
const pipeline = () => import('./pipeline.ts');

/**
 * A chart's export controls behind one small "Export" button: PNG (1×, 2×, 3×), a 16:9 slide,
 * SVG, CSV, and copying the image with or without its caption. Escape closes the panel and
 * returns to the button. The chart also joins its page's "Export all".
 */
export function ExportActions({ spec }: { spec: ChartSpec }) {
  const t = useT();
  const theme = useContext(ChartThemeContext);
  const [open, setOpen] = useState(false);
  const [ratio, setRatio] = useState<number>(2);
  const { status, setStatus, busy, run } = useExportTask(spec.title);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useRegisterExport(spec);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    // Escape closes the panel and puts the focus back on its button.
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !box.current?.contains(document.activeElement)) return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const name = (ext: string, suffix?: string) => exportFileName(spec.id, spec.years, ext, suffix);
  const save = async (blob: Promise<Blob>, file: string) => {
    saveFile(await blob, file);
    return { text: t('exportDownloaded', { name: file }) };
  };
  const png = () =>
    save(
      pipeline().then((p) => p.figurePng(spec, theme, 'figure', ratio)),
      name('png'),
    );
  const copy = (withCaption: boolean) => {
    if (!canCopyImages())
      return setStatus({ text: t('clipboardImageBlocked'), offerDownload: true });
    // The image is asked for now, inside the click, so the browser lets it reach the clipboard.
    const image = pipeline().then((p) => p.figurePng(spec, theme, 'figure', ratio));
    const caption = { title: spec.title, summary: spec.summary, source: spec.sourceLine };
    void run(() =>
      copyImage(image, withCaption ? caption : undefined).then(
        () => (withCaption ? 'captionCopied' : 'imageCopied'),
        // A refusal of the clipboard is not a failed export: say why and offer the file.
        () => ({ text: t('clipboardImageBlocked'), offerDownload: true }),
      ),
    );
  };

  return (
    <div className="export-actions" ref={box}>
      <button
        type="button"
        ref={toggle}
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {t('exportMenu')}
      </button>
      <div
        id={panelId}
        className="export-panel"
        role="group"
        aria-label={t('exportMenuOf', { title: spec.title })}
        aria-busy={busy}
        hidden={!open}
      >
        <div className="export-png">
          <button type="button" className="button" onClick={() => void run(png)}>
            {t('downloadPng')}
          </button>
          <label>
            {t('pixelRatio')}
            <select value={ratio} onChange={(e) => setRatio(Number(e.target.value))}>
              {ratios.map((r) => (
                <option key={r} value={r}>
                  {t('pixelRatioOption', { ratio: r })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() =>
              save(
                pipeline().then((p) => p.figurePng(spec, theme, 'slide', 1)),
                name('png', 'slide'),
              ),
            )
          }
        >
          {t('downloadSlidePng')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() =>
              save(
                pipeline().then(async (p) => p.svgBlob(await p.figureSvg(spec, theme, 'figure'))),
                name('svg'),
              ),
            )
          }
        >
          {t('downloadSvg')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() =>
              save(
                pipeline().then((p) => p.csvBlob(spec)),
                name('csv'),
              ),
            )
          }
        >
          {t('downloadCsv')}
        </button>
        <button type="button" className="button" onClick={() => copy(false)}>
          {t('copyImage')}
        </button>
        <button type="button" className="button" onClick={() => copy(true)}>
          {t('copyWithCaption')}
        </button>
        <p role="status" className="export-status">
          {status?.text}
        </p>
        {status?.offerDownload && (
          <button type="button" className="button" onClick={() => void run(png)}>
            {t('downloadPngInstead')}
          </button>
        )}
      </div>
    </div>
  );
}
