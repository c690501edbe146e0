import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { csvRows, csvText } from '../../model/export/csv.ts';
import { exportFileName } from '../../model/export/file-name.ts';
import type { ChartTheme } from '../../ui/chart/tokens.ts';
import { figurePng } from './pipeline.ts';

/**
 * Charts drawn at once: while one PNG is being encoded (off the main thread) the next chart
 * draws on its own stage. More would only queue behind each other on a 2-core laptop.
 */
const AT_ONCE = 3;

/**
 * Every chart given as a PNG (at 2×) and a CSV, in one ZIP, reporting each chart done. A cancel
 * stops before the next chart starts and yields nothing.
 */
export async function zipCharts(
  specs: readonly ChartSpec[],
  theme: ChartTheme,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<Blob | null> {
  // The ZIP library loads only here, when a reader asks for a ZIP.
  const { zipSync, strToU8 } = await import('fflate');
  const pngs: Uint8Array[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < specs.length && !signal.aborted) {
      const i = next++;
      const spec = specs[i];
      if (!spec) continue;
      const png = await figurePng(spec, theme, 'figure', 2);
      pngs[i] = new Uint8Array(await png.arrayBuffer());
      onProgress((done += 1));
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, specs.length) }, worker));
  if (signal.aborted) return null;
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  specs.forEach((spec, i) => {
    // A PNG is compressed already: stored as is, it zips in no time.
    files[exportFileName(spec.id, spec.years, 'png')] = [pngs[i] ?? new Uint8Array(), { level: 0 }];
    files[exportFileName(spec.id, spec.years, 'csv')] = strToU8(csvText(csvRows(spec)));
  });
  return new Blob([zipSync(files)], { type: 'application/zip' });
}
