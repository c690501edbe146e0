import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { exportFileName } from '../../model/export/file-name.ts';
import { useT } from '../../settings/use-lang.ts';
import { canCopyImages, copyImage } from '../../ui/export/clipboard.ts';
import { saveFile } from '../../ui/export/save-file.ts';
import { useExportTheme } from './export-colours.ts';
import { useExportTask } from './use-export-task.ts';

// The export code loads on the first export, not with the page.
const pipeline = () => import('./pipeline.ts');

/** What a chart's export controls do, each reporting how it went in the returned status. */
export function useChartExports(spec: ChartSpec, ratio: number) {
  const t = useT();
  const theme = useExportTheme();
  const task = useExportTask(spec.title);
  const name = (ext: string, suffix?: string) => exportFileName(spec.id, spec.years, ext, suffix);
  const save = (blob: Promise<Blob>, file: string) =>
    task.run(async () => {
      saveFile(await blob, file);
      return { text: t('exportDownloaded', { name: file }) };
    });
  const png = () => pipeline().then((p) => p.figurePng(spec, theme, 'figure', ratio));

  const copy = (withCaption: boolean) => {
    if (!canCopyImages())
      return task.setStatus({ text: t('clipboardImageBlocked'), offerDownload: true });
    // The image is asked for now, inside the click, so the browser lets it reach the clipboard.
    const image = png();
    const caption = { title: spec.title, summary: spec.summary, source: spec.sourceLine };
    void task.run(() =>
      copyImage(image, withCaption ? caption : undefined).then(
        () => (withCaption ? 'captionCopied' : 'imageCopied'),
        async () => {
          // A failed drawing is reported as such (this rethrows it); a refused clipboard is not
          // a failed export: say why and offer the file instead.
          await image;
          return { text: t('clipboardImageBlocked'), offerDownload: true };
        },
      ),
    );
  };

  return {
    status: task.status,
    busy: task.busy,
    downloadPng: () => save(png(), name('png')),
    downloadSlide: () =>
      save(
        pipeline().then((p) => p.figurePng(spec, theme, 'slide', 1)),
        name('png', 'slide'),
      ),
    downloadSvg: () =>
      save(
        pipeline().then(async (p) => p.svgBlob(await p.figureSvg(spec, theme, 'figure'))),
        name('svg'),
      ),
    downloadCsv: () =>
      save(
        pipeline().then((p) => p.csvBlob(spec)),
        name('csv'),
      ),
    copyImage: () => copy(false),
    copyWithCaption: () => copy(true),
  };
}
