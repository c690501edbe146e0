import { DatasetError, type Problem } from './problems.ts';

/** The largest data file read, in bytes (as the file is, after any transfer compression). */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

const wholeFile = (problem: Omit<Problem, 'path'>): Problem[] => [
  { path: '', ...problem } as Problem,
];

function tooLarge(location: string, bytes: number): DatasetError {
  return new DatasetError(
    'tooLarge',
    location,
    wholeFile({ code: 'fileTooLarge', params: { size: (bytes / 1024 / 1024).toFixed(1) } }),
  );
}

/**
 * A response's body, never more than MAX_DATASET_BYTES of it: refused at once when the server
 * declares more, and otherwise counted as it arrives and cancelled at the limit, so neither a
 * 200 MB file nor a small compressed one that inflates to gigabytes is read whole. A body cut
 * off mid-transfer is a network failure, worded for the reader, with Retry.
 */
export async function readBody(
  response: Response,
  location: string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  if (declared > MAX_DATASET_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(location, declared);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new DatasetError('network', location, [
        { path: '', code: 'transferInterrupted', params: { location } },
      ]);
    }
    if (part.done) break;
    total += part.value.byteLength;
    if (total > MAX_DATASET_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw new DatasetError(
        'tooLarge',
        location,
        wholeFile({ code: 'fileTooLargeRead', params: {} }),
      );
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A local file's bytes, refused before reading when it is over the limit. */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_DATASET_BYTES) throw tooLarge(file.name, file.size);
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The text of a data file: UTF-8 (with or without a byte-order mark), or UTF-16 marked by its
 * byte-order mark. Anything else is refused, naming the encoding where it looks like the GBK
 * family a Chinese office often saves in, rather than read as mojibake.
 */
export function decodeText(bytes: Uint8Array, location: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError(
      'invalid',
      location,
      wholeFile({ code: readsAsGbk(bytes) ? 'encodingGbk' : 'encodingUnknown', params: {} }),
    );
  }
}

/** Whether the bytes read as GB18030, which includes GBK and GB2312. */
function readsAsGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
