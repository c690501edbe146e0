import type { Dataset, Metric } from '../../../dataset/model.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { pick, translator } from '../../../i18n/translate.ts';
import { categoryCharts } from '../../chart-groups.ts';
import { chartRow } from '../../chart-spec/common.ts';
import { trendSpec } from '../../chart-spec/trend-spec.ts';
import { citedSources } from '../../cited-sources.ts';
import { csvBody, csvColumns, csvHeader, type Cell } from '../csv.ts';
import { sheetNames } from './sheet-names.ts';
import { writeXlsx, type XlsxSheet, type XlsxValue, type XlsxWorkbook } from './spreadsheet-ml.ts';

/** What a page puts in its workbook: every category, one category, or the metrics chosen. */
export type WorkbookScope =
  | { kind: 'overview' }
  | { kind: 'category'; categoryId: string }
  | { kind: 'trends'; metricIds: readonly string[] };

export interface FiguresWorkbookInput {
  dataset: Dataset;
  years: readonly number[];
  lang: Lang;
  scope: WorkbookScope;
  created: Date;
}

/** A data sheet before it is written: its wanted name and its metrics, in the page's order. */
interface SheetPlan {
  name: string;
  metrics: Metric[];
}

/**
 * A category's metrics as its page orders them (trends, then single figures, detail ones
 * included), then any with no figure in the years shown, which keep their rows all the same.
 */
function categoryMetrics(
  dataset: Dataset,
  categoryId: string,
  years: readonly number[],
  lang: Lang,
) {
  const category = dataset.categoryById.get(categoryId);
  if (!category) return [];
  const charted = categoryCharts(dataset, category, years, lang).map((c) => c.metric);
  const rest = category.metricIds
    .flatMap((id) => dataset.metricById.get(id) ?? [])
    .filter((m) => !charted.includes(m));
  return [...charted, ...rest];
}

function plan({ dataset, years, lang, scope }: FiguresWorkbookInput): SheetPlan[] {
  switch (scope.kind) {
    case 'overview':
      return dataset.categories.map((c) => ({
        name: pick(c.name, lang),
        metrics: categoryMetrics(dataset, c.id, years, lang),
      }));
    case 'category': {
      const category = dataset.categoryById.get(scope.categoryId);
      return category
        ? [
            {
              name: pick(category.name, lang),
              metrics: categoryMetrics(dataset, category.id, years, lang),
            },
          ]
        : [];
    }
    case 'trends':
      return [
        {
          name: translator(lang)('trendsTitle'),
          metrics: scope.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []),
        },
      ];
  }
}

/** How many decimals a figure is written with (96.25 → 2), up to six. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  return Math.min(6, (/\.(\d+)/.exec(value.toFixed(6).replace(/0+$/, ''))?.[1] ?? '').length);
}

/** A number format with this many decimals: "#,##0.0", or "0.0" without grouping. */
function numberFormat(decimals: number, grouped: boolean): string {
  return `${grouped ? '#,##0' : '0'}${decimals ? `.${'0'.repeat(decimals)}` : ''}`;
}

/**
 * The format of a metric's figures: a rate as 96.2 under "0.0" (the unit column says %), a count
 * with thousands grouped, a rank as a whole number; with as many decimals as its figures have.
 */
function valueFormat(metric: Metric, decimals: number): string {
  if (metric.kind === 'percent') return numberFormat(Math.max(1, decimals), false);
  if (metric.kind === 'rank') return numberFormat(0, false);
  return numberFormat(decimals, true);
}

const VALUE = csvColumns.indexOf('value');
const CHANGE = csvColumns.indexOf('changeAmount');

/** A metric's rows: one a year shown, published or not, in the CSV's columns. */
function metricRows(input: FiguresWorkbookInput, metric: Metric): XlsxValue[][] {
  const { dataset, years, lang } = input;
  const spec = trendSpec(dataset, metric, years, lang);
  // Every year shown, not only those between the first and last figures: a year not
  // published keeps its row, with its value empty.
  const rows = csvBody({ ...spec, rows: years.map((y) => chartRow(metric, y, String(y), lang)) });
  const numbers = (column: number) =>
    rows.map((row) => row[column]).filter((v): v is number => typeof v === 'number');
  const valueDecimals = Math.max(0, ...numbers(VALUE).map(decimalsOf));
  // A computed change keeps every decimal in its cell but shows as the page does: a count's
  // relative change to one decimal (−6.8%), a rate's points to as many as its figures have.
  const changeDecimals = Math.min(
    Math.max(0, ...numbers(CHANGE).map(decimalsOf)),
    Math.max(1, valueDecimals),
  );
  const formats = new Map([
    [VALUE, valueFormat(metric, valueDecimals)],
    [CHANGE, numberFormat(changeDecimals, true)],
  ]);
  return rows.map((row) =>
    row.map((cell: Cell, column): XlsxValue => {
      const format = formats.get(column);
      return format ? { value: cell, format } : cell;
    }),
  );
}

/** The first sheet: what the workbook holds, how to read it, and the sources it cites. */
function aboutSheet(input: FiguresWorkbookInput, metrics: readonly Metric[]): XlsxSheet {
  const { dataset, years, lang } = input;
  const t = translator(lang);
  const heading = (text: string): XlsxValue => ({ value: text, bold: true, spill: true });
  const sources = citedSources(dataset, { metrics, years });
  const first = years[0];
  const last = years.at(-1);
  return {
    name: t('xlsxAboutSheet'),
    rows: [
      [heading(pick(dataset.title, lang))],
      [t('xlsxRegion'), pick(dataset.region, lang)],
      [t('xlsxUpdated'), dataset.updated],
      [
        t('xlsxYears'),
        first === undefined || last === undefined
          ? null
          : t('xlsxYearRange', { from: first, to: last }),
      ],
      [t('xlsxSheetsLabel'), t('xlsxSheetsText')],
      [],
      [heading(t('xlsxRules'))],
      [t('xlsxRuleUnpublished'), t('xlsxRuleUnpublishedText')],
      [t('xlsxRuleAtLeast'), t('xlsxRuleAtLeastText')],
      [t('xlsxRuleApprox'), t('xlsxRuleApproxText')],
      [t('xlsxRuleChange'), t('xlsxRuleChangeText')],
      [],
      [heading(t('xlsxSources'))],
      [
        t('xlsxSourceTitle'),
        t('xlsxSourcePublisher'),
        t('xlsxSourceDate'),
        t('xlsxSourceAddress'),
      ].map((text) => ({ value: text, bold: true })),
      // Addresses as text, never a link: the file points nowhere by itself.
      ...sources.map((s) => [
        pick(s.title, lang),
        s.publisher ? pick(s.publisher, lang) : null,
        s.published ?? null,
        s.url ?? s.address ?? null,
      ]),
    ],
  };
}

/** Lets the page paint its progress, and stops when the reader cancels. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The page's figures as an Excel workbook: an About sheet, then a sheet per category (the
 * trends view: one of the metrics chosen) with a row per metric and year, figures as numbers.
 * Null when the signal aborts. Pure but for yielding between sheets; no DOM, no network.
 */
export async function buildFiguresWorkbook(
  input: FiguresWorkbookInput,
  progress: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Uint8Array | null> {
  const { dataset, lang } = input;
  const t = translator(lang);
  const plans = plan(input);
  const names = sheetNames([t('xlsxAboutSheet'), ...plans.map((p) => p.name)]);
  const sheets: XlsxSheet[] = [];
  for (const [i, sheet] of plans.entries()) {
    progress.onProgress?.(i, plans.length);
    await breathe();
    if (progress.signal?.aborted) return null;
    sheets.push({
      name: names[i + 1] ?? sheet.name,
      header: true,
      rows: [csvHeader(lang), ...sheet.metrics.flatMap((m) => metricRows(input, m))],
    });
  }
  progress.onProgress?.(plans.length, plans.length);
  const about = aboutSheet(
    input,
    plans.flatMap((p) => p.metrics),
  );
  const book: XlsxWorkbook = {
    title: pick(dataset.title, lang),
    language: lang === 'zh' ? 'zh-CN' : 'en',
    font: lang === 'zh' ? '等线' : 'Calibri',
    created: input.created,
    footer: t('exportFooter', { region: pick(dataset.region, lang), updated: dataset.updated }),
    sheets: [{ ...about, name: names[0] ?? about.name }, ...sheets],
  };
  await breathe();
  if (progress.signal?.aborted) return null;
  return writeXlsx(book);
}

/** How many data sheets a page's workbook holds (the About sheet aside). */
export function dataSheetCount(input: Pick<FiguresWorkbookInput, 'dataset' | 'scope'>): number {
  return input.scope.kind === 'overview' ? input.dataset.categories.length : 1;
}
