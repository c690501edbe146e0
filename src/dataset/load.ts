import { checkDataAddress, type AddressVerdict } from './data-address.ts';
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

/** Long enough to recognise a site, short enough that a crafted address cannot fill the panel. */
const shortened = (text: string, limit: number) =>
  text.length > limit ? `${text.slice(0, limit - 1)}…` : text;

/** Why an address is not loaded, worded for the error panel. */
function refusal(data: string, verdict: Exclude<AddressVerdict, { allowed: true }>): DatasetError {
  const problem =
    verdict.reason === 'scheme'
      ? ({
          path: '',
          code: 'addressNotWeb',
          params: { scheme: shortened(verdict.scheme, 24) },
        } as const)
      : verdict.reason === 'origin'
        ? ({
            path: '',
            code: 'addressOtherOrigin',
            params: { origin: shortened(verdict.origin, 80), own: window.location.origin },
          } as const)
        : ({ path: '', code: 'addressMalformed', params: {} } as const);
  return new DatasetError('refused', data, [problem]);
}

/** A dataset address's text, fetched and decoded under the same rules as any load. */
async function fetchText(
  data: string,
  signal?: AbortSignal,
): Promise<{ text: string; bytes: number }> {
  // Checked before any request: a refused address is never fetched, not even to fail.
  const verdict = checkDataAddress(data, window.location.href);
  if (!verdict.allowed) throw refusal(data, verdict);
  const url = verdict.url;
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
  return { text: decodeText(bytes, data), bytes: bytes.byteLength };
}

export async function fetchDataset(data: string, signal?: AbortSignal): Promise<Dataset> {
  const { text, bytes } = await fetchText(data, signal);
  return readText(text, data, bytes);
}

export async function readDatasetFile(file: File): Promise<Dataset> {
  const bytes = await readFileBytes(file);
  return readText(decodeText(bytes, file.name), file.name, bytes.byteLength);
}

/**
 * The dataset file's own text, read again as the dashboard read it: for the Add-a-report page,
 * which adds to the file as written (every key, in its order) rather than to the model.
 */
export async function datasetText(
  source: { url: string } | { file: File },
  signal?: AbortSignal,
): Promise<string> {
  if ('url' in source) return (await fetchText(source.url, signal)).text;
  return decodeText(await readFileBytes(source.file), source.file.name);
}
