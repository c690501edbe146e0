import { useEffect, useId, useRef, useState } from 'react';
import { RESIZE_MESSAGE } from '../settings/embed-message.ts';
import type { EmbedTarget } from '../settings/route.ts';
import { themes, useSettings, useTheme, type Theme } from '../settings/settings-store.ts';
import { useT } from '../settings/use-lang.ts';
import { embedAddress, embedSnippet, embedWidths, type EmbedOptions } from './embed-snippet.ts';
import './embed-code.css';

const themeLabel = { light: 'themeLight', dark: 'themeDark', contrast: 'themeContrast' } as const;

/** "Copy embed code": a dialog with the snippet for this view, its options and a live preview. */
export function EmbedCode({ target, title }: { target: EmbedTarget; title: string }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const theme = useTheme();
  const [options, setOptions] = useState<EmbedOptions>({ theme, chrome: 'full', width: '100%' });
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const [open, setOpen] = useState(false);
  const preview = useRef<HTMLIFrameElement>(null);
  const [previewHeight, setPreviewHeight] = useState(300);
  // The preview sizes itself as a host page's iframe would, from the embed's own messages.
  useEffect(() => {
    if (!open) return;
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== preview.current?.contentWindow || typeof data !== 'object' || !data)
        return;
      const { type, height } = data as { type?: unknown; height?: unknown };
      if (type === RESIZE_MESSAGE && typeof height === 'number' && height > 0)
        setPreviewHeight(Math.min(height, 2000));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [open]);
  const address = open
    ? embedAddress(new URL(window.location.href), useSettings.getState(), target, options)
    : '';
  const snippet = open ? embedSnippet(address, title, options.width) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setOptions((o) => ({ ...o, theme }));
          setCopied('idle');
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('copyEmbedCode')}
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        {open && (
          <>
            <h2 id={headingId}>
              {t('copyEmbedCode')}
              {t('colon')}
              {title}
            </h2>
            <div className="embed-options">
              <label>
                {t('embedWidth')}
                <select
                  value={options.width}
                  onChange={(e) =>
                    setOptions({ ...options, width: e.target.value as EmbedOptions['width'] })
                  }
                >
                  {embedWidths.map((w) => (
                    <option key={w} value={w}>
                      {w === '100%' ? t('embedFullWidth') : `${w} px`}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('theme')}
                <select
                  value={options.theme}
                  onChange={(e) => setOptions({ ...options, theme: e.target.value as Theme })}
                >
                  {themes.map((th) => (
                    <option key={th} value={th}>
                      {t(themeLabel[th])}
                    </option>
                  ))}
                </select>
              </label>
              <label className="embed-check">
                <input
                  type="checkbox"
                  checked={options.chrome === 'none'}
                  onChange={(e) =>
                    setOptions({ ...options, chrome: e.target.checked ? 'none' : 'full' })
                  }
                />
                {t('embedNoChrome')}
              </label>
            </div>
            <label className="embed-snippet">
              {t('embedSnippet')}
              <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
            </label>
            <div className="embed-actions">
              <button type="button" className="button primary" onClick={() => void copy()}>
                {t('copy')}
              </button>
              <p role="status" className="embed-status">
                {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyBlocked') : ''}
              </p>
              <button type="button" className="button" onClick={() => dialog.current?.close()}>
                {t('close')}
              </button>
            </div>
            <p className="embed-preview-label">{t('embedPreview')}</p>
            <iframe
              ref={preview}
              className="embed-preview"
              src={address}
              title={t('embedPreviewOf', { title })}
              style={{
                width: options.width === '100%' ? '100%' : `${options.width}px`,
                height: previewHeight,
              }}
            />
          </>
        )}
      </dialog>
    </>
  );
}
