import type { datasetLoading as reference } from '../zh/dataset-loading.ts';

/**
 * Loading the data file: the loading line, a slow or cancelled load, a file that cannot be shown,
 * and its notices.
 */
export const datasetLoading = {
  stillLoading: 'Still loading: the server is slow to answer. Keep waiting, or cancel.',
  cancelLoading: 'Cancel loading',
  loadCancelledTitle: 'Loading cancelled',
  loadCancelled: 'You cancelled loading the data file {location}; no data is shown.',
  loadCancelledNext: 'Retry to load it again, or open a JSON data file from this computer.',
  errorTitle: 'The data could not be loaded',
  errorIntro: 'The data file {location} has these problems:',
  dataAddress: 'Data address',
  addressBelow: '(address below)',
  errorMore: '{count} more problems are not listed.',
  errorWhatNext:
    'Check the address of the data or fix the file, then retry; or open another JSON data file from this computer.',
  retry: 'Retry',
  openLocalFile: 'Open a JSON file from this computer',
  loadDefaultData: 'Load the default data',
  localFile: 'Local file',
  sourceBannerLabel: 'Data source',
  sourceOtherAddress:
    'Note: these figures do not come with the dashboard but from {address} (dataset title: “{title}”). Check the source before quoting them.',
  sourceLocalFile:
    'Note: these figures do not come with the dashboard but from the file {file} on this computer (dataset title: “{title}”). Check the source before quoting them.',
  backToDefault: 'Use the default data',
  reloadFailed:
    'The data could not be reloaded ({reason}). The page still shows the data loaded before.',
  warningsSummary: 'The data file has {count} notices (nothing is hidden because of them)',
} as const satisfies Record<keyof typeof reference, string>;
