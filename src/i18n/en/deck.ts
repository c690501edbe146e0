import type { deck as reference } from '../zh/deck.ts';

/** The briefing deck: its slides' headings, speaker notes, arranging and downloads. */
export const deck = {
  plansMadeLastYear: 'Plans for {year} in the previous report',
  shortcomingsOfYear: 'Shortcomings in {year}',
  plansForNextYear: 'Plans for {year}',
  earlierKpisTitle: 'Earlier figures: KPIs not published for {year}',
  otherYearsTitle: '{category} · figures published in other years',
  otherKeyChanges: 'Other key changes',
  noteSource: 'Source: {source}',
  noteQuote: 'As published: “{quote}”. ',
  noteYearFigure: '{year}: {figure}',
  noteEarlier: 'Earlier years: {figures}',
  noteCaveat: 'Note: {text}',
  noteRelated: 'Related figures: {figures}',
  noteRules:
    'A year not published is not zero; “+” and “about” mark figures the source gives approximately.',
  noteScoreboard:
    'Each KPI is counted against its previous published figure; earlier-year figures and KPIs with no comparable figure count as neither improved nor fell back.',
  noteEarlierKpis:
    'These KPIs were not published for {year}; each shows its latest earlier figure.',
  downloadPptx: 'Download PowerPoint',
  downloadPdf: 'Download PDF',
  pptxProgress: 'Building slide {done} of {total}',
  pptxCancel: 'Cancel',
  pptxCancelled: 'Cancelled; nothing was downloaded.',
  pptxFailed: 'The PowerPoint file could not be made: {reason}. Try again, or download the PDF.',
  pdfPreparing:
    'Laying out every slide, then opening the print dialog: choose “Save as PDF” there.',
  missingSlides:
    '{count} slides in this link are not in the current data and were left out: {ids}.',
} as const satisfies Record<keyof typeof reference, string>;
