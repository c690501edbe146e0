import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/dataset/problems.ts';
import {
  decodeText,
  MAX_DATASET_BYTES,
  readBody,
  readFileBytes,
} from '../../../src/dataset/read-body.ts';

const MB = 1024 * 1024;

/** A response whose body arrives in `chunks`, counting how many were pulled; `cut` fails after them. */
function streamed(chunks: Uint8Array[], { cut = false, headers = {} } = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next) controller.enqueue(next);
      else if (cut) controller.error(new TypeError('Failed to fetch'));
      else controller.close();
    },
  });
  return { response: new Response(body, { headers }), pulled: () => pulled };
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetError))
    throw new Error(`expected a DatasetError, got ${String(error)}`);
  return error;
}

describe('readBody', () => {
  it('reads a body whole, in order', async () => {
    const { response } = streamed([new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect([...(await readBody(response, 'x.json'))]).toEqual([1, 2, 3]);
  });

  it('refuses a file the server declares over 10 MB without reading it', async () => {
    const { response, pulled } = streamed([new Uint8Array(10)], {
      headers: { 'Content-Length': String(200 * MB) },
    });
    const error = await failure(readBody(response, 'big.json'));
    expect(error.failure).toBe('tooLarge');
    expect(error.problems[0]).toMatchObject({ code: 'fileTooLarge', params: { size: '200.0' } });
    expect(pulled()).toBe(0);
  });

  it('stops reading at the limit when the body grows past it (a compressed file that inflates)', async () => {
    const chunk = new Uint8Array(MB);
    const chunks = Array.from({ length: 50 }, () => chunk);
    const { response, pulled } = streamed(chunks, { headers: { 'Content-Length': String(MB) } });
    const error = await failure(readBody(response, 'bomb.json'));
    expect(error.problems[0]?.code).toBe('fileTooLargeRead');
    expect(pulled()).toBeLessThanOrEqual(MAX_DATASET_BYTES / MB + 2);
  });

  it('calls a body cut off mid-transfer a network failure, worded, never the raw "Failed to fetch"', async () => {
    const { response } = streamed([new Uint8Array(100)], { cut: true });
    const error = await failure(readBody(response, 'data/x.json'));
    expect(error.failure).toBe('network');
    expect(error.problems[0]).toMatchObject({
      code: 'transferInterrupted',
      params: { location: 'data/x.json' },
    });
  });

  it('refuses a local file over the limit before reading it', async () => {
    const file = new File([new Uint8Array(10)], 'big.json');
    Object.defineProperty(file, 'size', { value: 11 * MB });
    expect((await failure(readFileBytes(file))).problems[0]?.code).toBe('fileTooLarge');
  });
});

describe('decodeText', () => {
  const text = '{"title": {"zh": "东城区"}}';
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++)
      view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes, 'a.json')).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a.json')).toBe(text);
  });

  it('reads UTF-16 by its byte-order mark, either way round', () => {
    expect(decodeText(utf16(true), 'a.json')).toBe(text);
    expect(decodeText(utf16(false), 'a.json')).toBe(text);
  });

  it("names GBK, a Chinese office's usual encoding, rather than reading mojibake", () => {
    // "东城区" in GBK.
    const gbk = new Uint8Array([0x7b, 0x22, 0xb6, 0xab, 0xb3, 0xc7, 0xc7, 0xf8, 0x22, 0x7d]);
    let error: unknown;
    try {
      decodeText(gbk, 'gbk.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems[0]?.code).toBe('encodingGbk');
  });
});
