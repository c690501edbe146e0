import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Exports must work under the CSP a hardened intranet server sends. */
export { STRICT_CSP } from './csp.ts';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Runs `act` and returns the file the page downloads because of it. */
export async function downloadOf(page: Page, act: () => Promise<unknown>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), act()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** A PNG's size from its header (IHDR), or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many distinct colours the PNG holds, decoded by the browser: a blank image has one. */
export function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return colours.size;
  }, png.toString('base64'));
}

/** The colour of one pixel of a PNG, decoded by the browser, as "#rrggbb". */
export function pixelOf(page: Page, png: Buffer, x: number, y: number): Promise<string> {
  return page.evaluate(
    async ([base64, px, py]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.drawImage(bitmap, 0, 0);
      const [r = 0, g = 0, b = 0] = context.getImageData(px, py, 1, 1).data;
      return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    },
    [png.toString('base64'), x, y] as const,
  );
}

/** What the page's XML parser makes of an SVG file: whether it parsed, and what it holds. */
export function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const hrefs = [...doc.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /href$|^src$/i.test(a.name)).map((a) => a.value),
    );
    return {
      parsed: !doc.querySelector('parsererror') && root.localName === 'svg',
      title: doc.querySelector('title')?.textContent ?? '',
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      externalHrefs: hrefs.filter((h) => !h.startsWith('#')),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, svg);
}

/** Opens a chart's export panel without scrolling the page (a dispatched click does not). */
export async function openExportPanel(figure: Locator, name: string | RegExp, scroll = true) {
  const toggle = figure.getByRole('button', { name, exact: typeof name === 'string' });
  if (scroll) await toggle.click();
  else await toggle.dispatchEvent('click');
}

/** A CSV file's rows, for the simple quoting the app writes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}
