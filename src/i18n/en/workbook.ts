import type { workbook as reference } from '../zh/workbook.ts';

/** The Excel workbook of a page's figures: its download control and the words inside it. */
export const workbook = {
  downloadXlsx: 'Download Excel',
  xlsxProgress: 'Building Excel sheet {done} of {total}',
  xlsxCancel: 'Cancel Excel',
  xlsxCancelled: 'Cancelled; nothing was downloaded.',
  xlsxDone: 'Downloaded {name} (an About sheet and {count} data sheets)',
  xlsxDoneOne: 'Downloaded {name} (an About sheet and one data sheet)',
  xlsxFailed:
    'The Excel workbook could not be made: {reason}. Try again; if it still fails, download the CSV of each chart.',
  xlsxAboutSheet: 'About',
  xlsxRegion: 'Region',
  xlsxUpdated: 'Data compiled',
  xlsxYears: 'Years',
  xlsxYearRange: '{from}–{to}',
  xlsxSheetsLabel: 'Sheets',
  xlsxSheetsText:
    'One sheet per category, one row per metric and year; the header row is frozen, ready to filter and sort.',
  xlsxRules: 'How to read the figures',
  xlsxRuleUnpublished: 'Not published',
  xlsxRuleUnpublishedText:
    'No figure was published for that year: the row stays, with the Value empty. Empty is not zero; never count it as 0.',
  xlsxRuleAtLeast: '余, 以上 (at least)',
  xlsxRuleAtLeastText:
    'A figure the source wrote with “余” or “以上” is a lower bound: at least this much. The Qualifier column says so.',
  xlsxRuleApprox: '约 (about)',
  xlsxRuleApproxText:
    'A figure the source wrote with “约” is approximate. The Qualifier column says so.',
  xlsxRuleChange: 'Change',
  xlsxRuleChangeText:
    'The change on the previous published year, in the Change measure. Not computed across a changed definition or from a lower bound; where the source states a change, that is given; where only a direction is known, it is empty.',
  xlsxSources: 'Sources cited',
  xlsxSourceTitle: 'Title',
  xlsxSourcePublisher: 'Publisher',
  xlsxSourceDate: 'Published',
  xlsxSourceAddress: 'Address',
} as const satisfies Record<keyof typeof reference, string>;
