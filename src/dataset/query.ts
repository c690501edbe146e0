import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_DATASET, fetchDataset, readDatasetFile } from './load.ts';
import { DatasetError } from './problems.ts';

export { DEFAULT_DATASET };

/** Yearly data: a broken file stays broken, only a failing network or server is worth retrying. */
export function retryTransient(failureCount: number, error: Error) {
  const transient =
    error instanceof DatasetError && (error.failure === 'network' || error.failure === 'http');
  return transient && failureCount < 2;
}

/** Data published once a year: never refetched behind the reader's back. */
const yearly = {
  staleTime: 60 * 60 * 1000,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const;

/** Where a dataset comes from: an address (the URL's `?data=`) or a file the user opened. */
export type DatasetSource = { url: string } | { file: File };

export function datasetQuery(source: DatasetSource) {
  return queryOptions({
    queryKey:
      'url' in source
        ? ['dataset', source.url]
        : ['dataset', `file:${source.file.name}:${source.file.size}:${source.file.lastModified}`],
    queryFn: ({ signal }) =>
      'url' in source ? fetchDataset(source.url, signal) : readDatasetFile(source.file),
    ...yearly,
  });
}
