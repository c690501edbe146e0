import type { Problem } from '../../../src/dataset/problems.ts';
import { problemText } from '../../../src/i18n/problem-text.ts';
import { translator } from '../../../src/i18n/translate.ts';

/** A problem's words as a reader sees them, in Chinese and in English. */
export function wordsOf(problem: Problem | undefined): { zh: string; en: string } | undefined {
  if (!problem) return undefined;
  return { zh: problemText(problem, translator('zh')), en: problemText(problem, translator('en')) };
}
