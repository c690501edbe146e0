import type { Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';

/**
 * An exported file's name, as CONTRACT §5 fixes it: `<chartId>-<from>-<to>.<ext>`, lowercase
 * ASCII. Anything else (a space, a slash, Chinese) becomes "-", so the name is safe on every
 * disk and in every mail program. An optional suffix names a second layout ("slide").
 */
export function exportFileName(
  id: string,
  years: { from: number; to: number },
  ext: string,
  suffix?: string,
): string {
  const parts = [safePart(id) || 'chart', String(years.from), String(years.to)];
  if (suffix) parts.push(safePart(suffix));
  const extension = safePart(ext).replace(/-/g, '') || 'bin';
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

/** Lowercase ASCII letters, digits and "_"; every other run of characters becomes one "-". */
function safePart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An Export all entry: `NN-<name>`, numbered from 01 in page order, padded so that a file
 * browser's alphabetical sort keeps that order however many files there are (00 is kept
 * for the files about the whole page).
 */
export function zipEntryName(position: number, count: number, name: string): string {
  const width = Math.max(2, String(count).length);
  return `${String(position).padStart(width, '0')}-${name}`;
}

/** Words for a level of government, left out of a region's name in a file name. */
const LEVELS = /\b(district|county|city|province|municipality|subdistrict|street|town)\b/g;

/** The documents made from a dataset: the deck, the Word brief and the Excel workbook. */
export type DocumentKind =
  | 'briefing.pptx'
  | 'brief.docx'
  | 'figures.xlsx'
  /** A report's text beside the dataset, named as ../shared/sources names the reports. */
  | 'rule-of-law-report.zh.txt';

/**
 * A document's file name, as CONTRACT §5 names documents: `<dataset id or region>-<year>-<kind>.<ext>`,
 * lowercase ASCII. A dataset file carries no id of its own (§1), so its region names it: the
 * English name up to the first comma, without the word for the level of government ("Dongcheng
 * District, Beijing" → `dongcheng-2024-briefing.pptx`). A region with no name in Latin letters
 * (a Chinese-only file) gives `dataset`.
 */
export function documentFileName(dataset: Dataset, year: number, kind: DocumentKind): string {
  const [name = ''] = pick(dataset.region, 'en').split(',');
  const slug = name
    .toLowerCase()
    .replace(LEVELS, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'dataset'}-${Math.trunc(year)}-${kind}`;
}
