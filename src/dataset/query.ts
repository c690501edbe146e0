import { queryOptions } from '@tanstack/react-query';
import { fetchDataset, readDatasetFile } from './load.ts';
import { DatasetError } from './problems.ts';

export const DEFAULT_DATASET = 'data/dongcheng.json';

/** Yearly data: a broken file stays broken, only a failing network or server is worth retrying. */
function retryTransient(failureCount: number, error: Error) {
  const transient =
    error instanceof DatasetError && (error.failure === 'network' || error.failure === 'http');
  return transient && failureCount < 2;
}

const yearly = {
  staleTime: 60 * 60 * 1000,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  retry: retryTransient,
  retryDelay: (attempt: number) => Math.min(1000 * 2 ** attempt, 8000),
} as const;

/** Where a dataset comes from: an address (the URL's `?data=`) or a file the user opened. */
export type DatasetSource = { url: string } | { file: File };

export function datasetQuery(source: DatasetSource) {
  return queryOptions({
    queryKey:
      'url' in source
        ? ['dataset', source.url]
        : ['dataset', `file:${source.file.name}:${source.file.size}:${source.file.lastModified}`],
    queryFn: ({ signal }) => ('url' in source ? fetchDataset(source.url, signal) : readDatasetFile(source.file)),
    ...yearly,
  });
}
