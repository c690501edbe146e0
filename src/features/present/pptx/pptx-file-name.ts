import type { Dataset } from '../../../dataset/model.ts';
import { pick } from '../../../i18n/translate.ts';

/** Words for a level of government, left out of a region's name in a file name. */
const LEVELS = /\b(district|county|city|province|municipality|subdistrict|street|town)\b/g;

/**
 * The deck's file name, as CONTRACT §5 names documents: `<dataset id or region>-<year>-briefing.pptx`,
 * lowercase ASCII. A dataset file carries no id of its own (§1), so its region names it: the
 * English name up to the first comma, without the word for the level of government ("Dongcheng
 * District, Beijing" → `dongcheng-2024-briefing.pptx`). A region with no name in Latin letters
 * (a Chinese-only file) gives `dataset`.
 */
export function pptxFileName(dataset: Dataset, year: number): string {
  const [name = ''] = pick(dataset.region, 'en').split(',');
  const slug = name
    .toLowerCase()
    .replace(LEVELS, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'dataset'}-${Math.trunc(year)}-briefing.pptx`;
}
