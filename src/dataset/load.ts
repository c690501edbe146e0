import type { Dataset } from './model.ts';
import { DatasetError } from './problems.ts';
import { decodeText, readBody, readFileBytes } from './read-body.ts';
import { readShipped } from './shipped.ts';

export const DEFAULT_DATASET = 'data/dongcheng.json';

/** The User Timing entry `npm run bench` reads: parsing and validating, in the reader's browser. */
export const PARSE_MEASURE = 'rule-of-law:parse-and-validate';

/** The validator, loaded only for a file other than the one the build validated. */
const loadValidator = () =>
  import('./parse.ts').catch(() => {
    throw new DatasetError('network', '', [{ path: '', code: 'validatorUnavailable', params: {} }]);
  });

/** The shipped file as the build validated it, or any other validated here in full. */
async function readText(text: string, location: string, bytes: number): Promise<Dataset> {
  const start = performance.now();
  try {
    return (
      readShipped(text) ??
      (await (await loadValidator()).parseDatasetInSteps(text, location, bytes))
    );
  } finally {
    performance.measure(PARSE_MEASURE, { start });
  }
}

export function resolveDatasetUrl(data: string): string {
  return new URL(data, window.location.href).href;
}

export async function fetchDataset(data: string, signal?: AbortSignal): Promise<Dataset> {
  const url = resolveDatasetUrl(data);
  // Another file than the shipped one needs the validator: fetch its code alongside the data.
  if (data !== DEFAULT_DATASET) loadValidator().catch(() => undefined);
  let response: Response;
  try {
    // A plain CORS-mode fetch with same-origin credentials: for the default address it takes
    // the response index.html's <link rel="preload" as="fetch" crossorigin> already started.
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetError('network', data, [
      { path: '', code: 'addressUnreachable', params: { location: data } },
    ]);
  }
  if (response.status === 404)
    throw new DatasetError('notFound', data, [
      { path: '', code: 'fileNotFound', params: { location: data } },
    ]);
  if (!response.ok)
    throw new DatasetError('http', data, [
      { path: '', code: 'serverError', params: { location: data, status: response.status } },
    ]);
  // As bytes, read up to the size limit: their count is the file's size, for free.
  const bytes = await readBody(response, data, signal);
  return readText(decodeText(bytes, data), data, bytes.byteLength);
}

export async function readDatasetFile(file: File): Promise<Dataset> {
  const bytes = await readFileBytes(file);
  return readText(decodeText(bytes, file.name), file.name, bytes.byteLength);
}
