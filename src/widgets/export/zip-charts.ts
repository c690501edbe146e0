import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import {
  combinedCsvRows,
  csvRows,
  csvText,
  indexCsvRows,
  type IndexEntry,
} from '../../model/export/csv.ts';
import { exportFileName, zipEntryName } from '../../model/export/file-name.ts';
import { translator } from '../../i18n/translate.ts';
import type { ChartTheme } from '../../ui/chart/tokens.ts';
import { figurePng } from './pipeline.ts';

/**
 * Charts drawn at once: while one PNG is being encoded (off the main thread) the next chart
 * draws on its own stage. More would only queue behind each other on a 2-core laptop.
 */
const AT_ONCE = 3;

/** The page's charts in both languages, matched by id, for the index's titles. */
export interface Titles {
  zh: ReadonlyMap<string, string>;
  en: ReadonlyMap<string, string>;
}

/** The name of the CSV holding every chart of the page; "00" sorts it before the charts. */
export const ALL_CHARTS_CSV = '00-all-charts.csv';
export const INDEX_CSV = 'index.csv';

/**
 * Every chart given as a PNG (at 2×) and a CSV, numbered in page order (`01-<chartId>-<from>-<to>.png`),
 * with one CSV of all charts and an index giving each file's title in zh and en, its unit and
 * its source (the English catalogue must be loaded: `loadCatalogue('en')`). Reports each chart done; a cancel stops before the next chart starts and yields nothing.
 */
export async function zipCharts(
  specs: readonly ChartSpec[],
  theme: ChartTheme,
  titles: Titles,
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
  return new Blob([zipSync(zipFiles(specs, pngs, titles, strToU8))], { type: 'application/zip' });
}

type ZipFiles = Record<string, Uint8Array | [Uint8Array, { level: 0 }]>;

/** The ZIP's entries, in page order; pure, so a spec can read the names and the index. */
export function zipFiles(
  specs: readonly ChartSpec[],
  pngs: readonly (Uint8Array | undefined)[],
  titles: Titles,
  strToU8: (text: string) => Uint8Array,
): ZipFiles {
  const files: ZipFiles = {};
  const entries: IndexEntry[] = [];
  files[ALL_CHARTS_CSV] = strToU8(csvText(combinedCsvRows(specs)));
  specs.forEach((spec, i) => {
    const entry = (ext: string) =>
      zipEntryName(i + 1, specs.length, exportFileName(spec.id, spec.years, ext));
    const png = entry('png');
    const csv = entry('csv');
    // A PNG is compressed already: stored as is, it zips in no time.
    files[png] = [pngs[i] ?? new Uint8Array(), { level: 0 }];
    files[csv] = strToU8(csvText(csvRows(spec)));
    const described = {
      titleZh: titles.zh.get(spec.id) ?? spec.title,
      titleEn: titles.en.get(spec.id) ?? spec.title,
      unit: spec.rows.find((row) => row.unitWord)?.unitWord ?? spec.unit,
      source: spec.sourceLine,
    };
    entries.push({ file: png, ...described }, { file: csv, ...described });
  });
  const lang = specs[0]?.lang ?? 'zh';
  entries.unshift({
    file: ALL_CHARTS_CSV,
    titleZh: translator('zh')('csvAllCharts'),
    titleEn: translator('en')('csvAllCharts'),
    unit: '',
    source: '',
  });
  files[INDEX_CSV] = strToU8(csvText(indexCsvRows(entries, lang)));
  return files;
}
