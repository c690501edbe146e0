import type { Dataset } from './model.ts';
import { parseDataset } from './parse.ts';
import { DatasetError } from './problems.ts';

/** The User Timing entry `npm run bench` reads: parsing and validating, in the reader's browser. */
export const PARSE_MEASURE = 'rule-of-law:parse-and-validate';

function parseMeasured(text: string, location: string): Dataset {
  const start = performance.now();
  try {
    return parseDataset(text, location);
  } finally {
    performance.measure(PARSE_MEASURE, { start });
  }
}

export function resolveDatasetUrl(data: string): string {
  return new URL(data, window.location.href).href;
}

export async function fetchDataset(data: string, signal?: AbortSignal): Promise<Dataset> {
  const url = resolveDatasetUrl(data);
  let response: Response;
  try {
    // A plain CORS-mode fetch with same-origin credentials: for the default address it takes
    // the response index.html's <link rel="preload" as="fetch" crossorigin> already started.
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetError('network', data, [
      {
        path: '',
        message: {
          zh: `无法连接到数据地址 ${data}。请检查网络或地址，或跨域访问（CORS）是否被允许。`,
          en: `Could not reach the data address ${data}. Check the network and the address, and whether cross-origin access (CORS) is allowed.`,
        },
      },
    ]);
  }
  if (response.status === 404)
    throw new DatasetError('notFound', data, [
      {
        path: '',
        message: {
          zh: `服务器上没有找到数据文件 ${data}（404）。请检查地址中的文件名。`,
          en: `The data file ${data} was not found on the server (404). Check the file name in the address.`,
        },
      },
    ]);
  if (!response.ok)
    throw new DatasetError('http', data, [
      {
        path: '',
        message: {
          zh: `服务器未能提供数据文件 ${data}（HTTP ${response.status}）。请稍后重试。`,
          en: `The server could not deliver the data file ${data} (HTTP ${response.status}). Try again in a moment.`,
        },
      },
    ]);
  return parseMeasured(await response.text(), data);
}

export async function readDatasetFile(file: File): Promise<Dataset> {
  return parseDataset(await file.text(), file.name);
}
