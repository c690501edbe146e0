import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import {
  combinedCsvRows,
  csvRows,
  csvText,
  indexCsvRows,
  type IndexEntry,
} from '../../model/export/csv.ts';
import { exportFileName, zipEntryName } from '../../model/export/file-name.ts';
import {
  kpiImages,
  kpiImageTitle,
  kpiSourceLine,
  type KpiSheet,
} from '../../model/export/kpi-svg.ts';
import { translator } from '../../i18n/translate.ts';
import type { ChartTheme } from '../../ui/chart/tokens.ts';
import { figurePng, kpiPng } from './pipeline.ts';

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

/** How many images an Export all draws: the headline KPIs' two (on the overview), then the charts. */
export function imageCount(specs: readonly ChartSpec[], kpis: KpiSheet | null): number {
  return (kpis ? kpiImages.length : 0) + specs.length;
}

/**
 * Every chart given as a PNG (at 2×) and a CSV, numbered in page order (`03-<chartId>-<from>-<to>.png`),
 * after the overview's scoreboard and KPI cards as images (`01-scoreboard.png`, `02-kpi-cards.png`)
 * when `kpis` is given, with one CSV of all charts and an index giving each file's title in zh
 * and en, its unit and its source (the English catalogue must be loaded: `loadCatalogue('en')`).
 * Reports each image done; a cancel stops before the next image starts and yields nothing.
 */
export async function zipCharts(
  page: { specs: readonly ChartSpec[]; kpis: KpiSheet | null },
  theme: ChartTheme,
  titles: Titles,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<Blob | null> {
  const { specs, kpis } = page;
  // The ZIP library loads only here, when a reader asks for a ZIP.
  const { zipSync, strToU8 } = await import('fflate');
  const jobs = [
    ...(kpis ? kpiImages.map((image) => () => kpiPng(image, kpis, theme, 2)) : []),
    ...specs.map((spec) => () => figurePng(spec, theme, 'figure', 2)),
  ];
  const pngs: Uint8Array[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length && !signal.aborted) {
      const i = next++;
      const job = jobs[i];
      if (!job) continue;
      pngs[i] = new Uint8Array(await (await job()).arrayBuffer());
      onProgress((done += 1));
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, jobs.length) }, worker));
  if (signal.aborted) return null;
  const files = zipFiles({ specs, kpis }, pngs, titles, strToU8);
  return new Blob([zipSync(files)], { type: 'application/zip' });
}

type ZipFiles = Record<string, Uint8Array | [Uint8Array, { level: 0 }]>;

/**
 * The ZIP's entries, in page order; pure, so a spec can read the names and the index. `pngs`
 * holds the images in that order: the headline KPIs' two (when `kpis` is given), then a chart's each.
 */
export function zipFiles(
  page: { specs: readonly ChartSpec[]; kpis: KpiSheet | null },
  pngs: readonly (Uint8Array | undefined)[],
  titles: Titles,
  strToU8: (text: string) => Uint8Array,
): ZipFiles {
  const { specs, kpis } = page;
  const files: ZipFiles = {};
  const entries: IndexEntry[] = [];
  const count = imageCount(specs, kpis);
  // A PNG is compressed already: stored as is, it zips in no time.
  const stored = (i: number): [Uint8Array, { level: 0 }] => [
    pngs[i] ?? new Uint8Array(),
    { level: 0 },
  ];
  files[ALL_CHARTS_CSV] = strToU8(csvText(combinedCsvRows(specs)));
  if (kpis)
    kpiImages.forEach((image, i) => {
      const png = zipEntryName(i + 1, count, `${image}.png`);
      files[png] = stored(i);
      entries.push({
        file: png,
        titleZh: kpiImageTitle(image, kpis.year, 'zh'),
        titleEn: kpiImageTitle(image, kpis.year, 'en'),
        unit: '',
        source: kpiSourceLine(kpis),
      });
    });
  const first = kpis ? kpiImages.length : 0;
  specs.forEach((spec, i) => {
    const entry = (ext: string) =>
      zipEntryName(first + i + 1, count, exportFileName(spec.id, spec.years, ext));
    const png = entry('png');
    const csv = entry('csv');
    files[png] = stored(first + i);
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
