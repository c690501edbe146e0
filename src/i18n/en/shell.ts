import type { shell as reference } from '../zh/shell.ts';

/**
 * The app's frame: title, navigation, the language, theme and year controls, the window title and
 * the page for an address that leads nowhere.
 */
export const shell = {
  appTitle: 'Rule-of-law government KPIs',
  skipToContent: 'Skip to content',
  navOverview: 'Overview',
  navCategories: 'Categories',
  navTrends: 'Trends',
  navCoverage: 'Coverage',
  present: 'Present',
  language: 'Language',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeContrast: 'High contrast (projector)',
  focusYear: 'Focus year',
  yearRange: 'Years shown in charts',
  from: 'From',
  to: 'To',
  loading: 'Loading data…',
  htmlLang: 'en',
  documentTitle: '{view} · {dataset}',
  updated: 'Data compiled {date}',
  compiledFrom: 'Compiled from published government reports; every figure links to its sentence.',
  printFooter: '{region} · Rule-of-law KPIs {year} · Data compiled {date}',
  printPageOf: 'Page {page} of {pages}',
  sourcesCited: 'Sources cited on this page',
  sourcesCitedNote:
    'Every figure on this page comes from these published reports; each metric page quotes the sentence.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address “{what}” does not match any view or metric.',
  backToOverview: 'Back to the overview',
  viewFailedTitle: 'This part could not be shown',
  viewFailedBody:
    'The dashboard hit an error showing this part; the rest is not affected. Go back to the overview or reload the page; the details are in the browser console.',
  reloadPage: 'Reload the page',
  slideFailedTitle: 'This slide could not be shown',
  slideFailedBody: 'The other slides are not affected: press → or the clicker to go on.',
} as const satisfies Record<keyof typeof reference, string>;
