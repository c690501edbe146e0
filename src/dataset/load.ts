import type { Dataset } from './model.ts';
import { DatasetError } from './problems.ts';
import { readShipped } from './shipped.ts';

export const DEFAULT_DATASET = 'data/dongcheng.json';

/** The User Timing entry `npm run bench` reads: parsing and validating, in the reader's browser. */
export const PARSE_MEASURE = 'rule-of-law:parse-and-validate';

/** The validator, loaded only for a file other than the one the build validated. */
const loadValidator = () =>
  import('./parse.ts').catch(() => {
    throw new DatasetError('network', '', [
      {
        path: '',
        message: {
          zh: '无法加载看板检查数据文件所需的程序部分。请检查网络后刷新页面。',
          en: 'The part of the dashboard that checks data files could not be loaded. Check the network, then reload the page.',
        },
      },
    ]);
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
  // As bytes, decoded as response.text() would: their count is the file's size, for free.
  const bytes = await response.arrayBuffer();
  return readText(new TextDecoder().decode(bytes), data, bytes.byteLength);
}

export async function readDatasetFile(file: File): Promise<Dataset> {
  return readText(await file.text(), file.name, file.size);
}
