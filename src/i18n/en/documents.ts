import type { documents as reference } from '../zh/documents.ts';

/** The Word brief: its button, progress and the words of the document itself. */
export const documents = {
  downloadBrief: 'Download Word brief',
  briefProgress: 'Building the Word brief: chart {done} of {total}',
  briefCancel: 'Cancel',
  briefCancelled: 'Cancelled; nothing was downloaded.',
  briefFailed: 'The Word brief could not be made: {reason}. Try again.',
  briefTitle: '{region}: rule-of-law indicators brief, {year}',
  briefCompiled: 'Data compiled: {date}',
  briefLink: 'Online dashboard: {address}',
  briefRules:
    'Note: every figure is taken from the wording of the sources listed; a year not published is written “not published” and is not zero; “+”, “at least” and “about” keep the qualifier of the source.',
  briefFigure: 'Figure {number}.',
  briefNoFindings: 'The report for this year lists no shortcomings or plans.',
  briefSources: 'Sources cited',
  briefDocumentType: 'online',
  briefFindingLabel: '{type}: ',
} as const satisfies Record<keyof typeof reference, string>;
