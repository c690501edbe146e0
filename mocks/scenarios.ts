import { delay, http, HttpResponse } from 'msw';
import shipped from '../public/data/dongcheng.json';

/** Any request for a dataset JSON file, on any host: the app only ever asks for one. */
export const DATASET_URL = '*/data/:file';

/** A dataset file as served: the shipped one in development, a small fixture in tests. */
export type DatasetBody = Record<string, unknown> & { observations: readonly object[] };

export const serveDataset = (body: DatasetBody = shipped) =>
  http.get(DATASET_URL, () => HttpResponse.json(body));

/** A dataset file's raw text, exactly as given: for hand-edited files broken in every way. */
export const datasetText = (text: string) =>
  http.get(
    DATASET_URL,
    () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } }),
  );

// Named faults, to be applied with server.use(...) (tests) or ?mock=<name> (dev).
// Those built from a dataset take it as `body`: the shipped one unless a test passes its fixture.
export const datasetReturnsHtml = () =>
  http.get(DATASET_URL, () =>
    HttpResponse.html('<!doctype html><html><body>Welcome to nginx!</body></html>'),
  );
export const datasetMissing = () =>
  http.get(DATASET_URL, () => new HttpResponse('Not found', { status: 404 }));
export const datasetServerError = () =>
  http.get(DATASET_URL, () => new HttpResponse('Internal error', { status: 500 }));
export const datasetNetworkError = () => http.get(DATASET_URL, () => HttpResponse.error());
export const datasetTruncated = (body: DatasetBody = shipped) =>
  http.get(DATASET_URL, () => {
    const text = JSON.stringify(body);
    return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
export const datasetInvalid = (body: DatasetBody = shipped) =>
  http.get(DATASET_URL, () =>
    HttpResponse.json({
      ...body,
      observations: [{ ...body.observations[0], value: -5, year: 1800 }],
    }),
  );
export const datasetNewerVersion = (body: DatasetBody = shipped) =>
  http.get(DATASET_URL, () => HttpResponse.json({ ...body, version: 2 }));
export const datasetSlow = (body: DatasetBody = shipped) =>
  http.get(DATASET_URL, async () => {
    await delay(4000);
    return HttpResponse.json(body);
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
