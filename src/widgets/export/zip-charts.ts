import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { csvRows, csvText } from '../../model/export/csv.ts';
import { exportFileName } from '../../model/export/file-name.ts';
import type { ChartTheme } from '../../ui/chart/tokens.ts';
import { figurePng } from './pipeline.ts';

/**
 * Every chart given as a PNG (at 2×) and a CSV, in one ZIP. Charts are drawn one after the
 * other, reporting each; a cancel stops before the next one and yields nothing.
 */
export async function zipCharts(
  specs: readonly ChartSpec[],
  theme: ChartTheme,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<Blob | null> {
  // The ZIP library loads only here, when a reader asks for a ZIP.
  const { zipSync, strToU8 } = await import('fflate');
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  for (const [i, spec] of specs.entries()) {
    if (signal.aborted) return null;
    const png = await figurePng(spec, theme, 'figure', 2);
    // A PNG is compressed already: stored as is, it zips in no time.
    files[exportFileName(spec.id, spec.years, 'png')] = [
      new Uint8Array(await png.arrayBuffer()),
      { level: 0 },
    ];
    files[exportFileName(spec.id, spec.years, 'csv')] = strToU8(csvText(csvRows(spec)));
    onProgress(i + 1);
  }
  if (signal.aborted) return null;
  return new Blob([zipSync(files)], { type: 'application/zip' });
}
