import { delay, http, HttpResponse } from 'msw';
import dataset from '../public/data/dongcheng.json';

/** Any request for a dataset JSON file, on any host: the app only ever asks for one. */
export const DATASET_URL = '*/data/:file';

export const datasetFixture = dataset;

export const serveDataset = (body: object = dataset) =>
  http.get(DATASET_URL, () => HttpResponse.json(body as Record<string, unknown>));

// Named faults, to be applied with server.use(...) (tests) or ?mock=<name> (dev).
export const datasetReturnsHtml = () =>
  http.get(DATASET_URL, () =>
    HttpResponse.html('<!doctype html><html><body>Welcome to nginx!</body></html>'),
  );
export const datasetMissing = () =>
  http.get(DATASET_URL, () => new HttpResponse('Not found', { status: 404 }));
export const datasetServerError = () =>
  http.get(DATASET_URL, () => new HttpResponse('Internal error', { status: 500 }));
export const datasetNetworkError = () => http.get(DATASET_URL, () => HttpResponse.error());
export const datasetTruncated = () =>
  http.get(
    DATASET_URL,
    () =>
      new HttpResponse(JSON.stringify(dataset).slice(0, 5000), {
        headers: { 'Content-Type': 'application/json' },
      }),
  );
export const datasetInvalid = () =>
  http.get(DATASET_URL, () =>
    HttpResponse.json({
      ...dataset,
      observations: [{ ...dataset.observations[0], value: -5, year: 1800 }],
    }),
  );
export const datasetNewerVersion = () =>
  http.get(DATASET_URL, () => HttpResponse.json({ ...dataset, version: 2 }));
export const datasetSlow = () =>
  http.get(DATASET_URL, async () => {
    await delay(4000);
    return HttpResponse.json(dataset);
  });

export const scenarios = {
  html: datasetReturnsHtml,
  missing: datasetMissing,
  'server-error': datasetServerError,
  offline: datasetNetworkError,
  truncated: datasetTruncated,
  invalid: datasetInvalid,
  'newer-version': datasetNewerVersion,
  slow: datasetSlow,
} as const;
