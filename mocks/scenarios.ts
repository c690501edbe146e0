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

/** A login page with status 200, as a single-sign-on proxy answers a request it wants to redirect. */
export const datasetLoginPage = () =>
  http.get(DATASET_URL, () =>
    HttpResponse.html(
      '<!DOCTYPE html>\n<html><head><title>统一身份认证</title></head><body><form action="/sso/login"><input name="user"></form></body></html>',
    ),
  );
/** The body stops inside a string, as when a proxy drops the connection half-way. */
export const datasetCutMidString = (body: DatasetBody = shipped) =>
  http.get(DATASET_URL, () => {
    const text = JSON.stringify(body);
    const quote = text.indexOf('"quote":"') + '"quote":"'.length + 2;
    return new HttpResponse(text.slice(0, quote), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
/** HTTP 500 on the first request, then the happy path's answer: a server that recovers. */
export const datasetFailsOnce = () =>
  http.get(DATASET_URL, () => new HttpResponse('Internal error', { status: 500 }), { once: true });
/** A server that never answers (or answers after `ms`): the reader must be able to stop waiting. */
export const datasetStalls = (ms: number | 'infinite' = 'infinite', body: DatasetBody = shipped) =>
  http.get(DATASET_URL, async () => {
    await delay(ms);
    return HttpResponse.json(body);
  });
/** The file changes between two loads: `first` on the first request, `then` on every later one. */
export const datasetChanges = (first: DatasetBody, then: DatasetBody) => {
  let served = 0;
  return http.get(DATASET_URL, () => HttpResponse.json((served += 1) === 1 ? first : then));
};

export const scenarios = {
  html: datasetReturnsHtml,
  missing: datasetMissing,
  'server-error': datasetServerError,
  offline: datasetNetworkError,
  truncated: datasetTruncated,
  invalid: datasetInvalid,
  'newer-version': datasetNewerVersion,
  slow: datasetSlow,
  'login-page': datasetLoginPage,
  'cut-mid-string': datasetCutMidString,
  'fails-once': datasetFailsOnce,
  stall: datasetStalls,
} as const;
