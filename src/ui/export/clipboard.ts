import { escapeXml } from '../../model/export/svg-text.ts';

/** Whether this page may put an image on the clipboard: a secure address and a browser that can. */
export function canCopyImages(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

/** The words pasted beside the picture: its title, the summary sentence and the source line. */
export interface Caption {
  title: string;
  summary: string;
  source: string;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Puts a PNG on the clipboard, with its caption as text and as HTML when asked: a report
 * pastes the picture and its sentence together. The image is passed as a promise, so the
 * browser counts the click that asked for it even though drawing takes a moment.
 */
export async function copyImage(png: Promise<Blob>, caption?: Caption): Promise<void> {
  const items: Record<string, Promise<Blob>> = { 'image/png': png };
  if (caption) {
    const text = [caption.title, caption.summary, caption.source].join('\n');
    items['text/plain'] = Promise.resolve(new Blob([text], { type: 'text/plain' }));
    items['text/html'] = png.then(async (blob) => {
      const html = `<figure><img src="${await dataUrl(blob)}" alt="${escapeXml(caption.title)}"><figcaption><p>${escapeXml(caption.summary)}</p><p>${escapeXml(caption.source)}</p></figcaption></figure>`;
      return new Blob([html], { type: 'text/html' });
    });
  }
  await navigator.clipboard.write([new ClipboardItem(items)]);
}
