import type { Dataset } from '../../../dataset/model.ts';
import { documentFileName } from '../../../model/export/file-name.ts';

/** The deck's file name: `dongcheng-2024-briefing.pptx` (CONTRACT §5, see documentFileName). */
export function pptxFileName(dataset: Dataset, year: number): string {
  return documentFileName(dataset, year, 'briefing.pptx');
}
