import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { originOfHostPage, RESIZE_MESSAGE } from '../settings/embed-message.ts';
import type { EmbedTarget } from '../settings/route.ts';
import { useSettings, useTheme } from '../settings/settings-store.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { EmbedOptionsForm, type EmbedMetric } from './embed-options.tsx';
import { embedAddress, embedSnippet, type EmbedOptions } from './embed-snippet.ts';
import './embed-code.css';

interface EmbedCodeProps {
  target: EmbedTarget;
  title: string;
  /** For a category embed: its metrics, which the author may narrow it to. */
  metrics?: readonly EmbedMetric[];
}

/** The preview's height, as a host page's iframe would take it from the embed's own messages. */
function usePreviewHeight(open: boolean, preview: RefObject<HTMLIFrameElement | null>) {
  const [height, setHeight] = useState(300);
  useEffect(() => {
    if (!open) return;
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== preview.current?.contentWindow || typeof data !== 'object' || !data)
        return;
      const { type, height } = data as { type?: unknown; height?: unknown };
      if (type === RESIZE_MESSAGE && typeof height === 'number' && height > 0)
        setHeight(Math.min(height, 2000));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [open, preview]);
  return height;
}

/** "Copy embed code": a dialog with the snippet for this view, its options and a live preview. */
export function EmbedCode({ target, title, metrics }: EmbedCodeProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const theme = useTheme();
  const lang = useLang();
  const [options, setOptions] = useState<EmbedOptions>({
    theme,
    lang,
    chrome: 'full',
    width: '100%',
    metrics: null,
  });
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const [open, setOpen] = useState(false);
  const preview = useRef<HTMLIFrameElement>(null);
  const previewHeight = usePreviewHeight(open, preview);
  const page = new URL(window.location.href);
  const address = open ? embedAddress(page, useSettings.getState(), target, options) : '';
  // The preview is framed by this page: it names this origin, whatever host the snippet names.
  const previewAddress = open
    ? embedAddress(page, useSettings.getState(), target, { ...options, hostPage: page.origin })
    : '';
  const hostPage = options.hostPage?.trim() ?? '';
  const hostRefused = hostPage !== '' && !originOfHostPage(hostPage);
  const snippet = open && !hostRefused ? embedSnippet(address, title, options.width) : '';
  const choose = (next: EmbedOptions) => {
    setOptions(next);
    setCopied('idle');
  };
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
        ref={opener}
        type="button"
        className="link-button"
        onClick={() => {
          setOptions((o) => ({ ...o, theme, lang }));
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
        onClose={() => {
          setOpen(false);
          // Back where the author was, whichever way the dialog closed (Escape, Close).
          opener.current?.focus();
        }}
      >
        {open && (
          <div className="embed-dialog-body">
            <h2 id={headingId} className="embed-dialog-title">
              {t('copyEmbedCode')}
              {t('colon')}
              {title}
            </h2>
            <EmbedOptionsForm options={options} onChange={choose} metrics={metrics} />
            <label className="embed-snippet">
              <span className="embed-label">{t('embedSnippet')}</span>
              <textarea
                readOnly
                rows={4}
                spellCheck={false}
                value={snippet}
                onFocus={(e) => e.target.select()}
              />
            </label>
            <div className="embed-actions">
              <button
                type="button"
                className="button primary"
                disabled={hostRefused}
                onClick={() => void copy()}
              >
                {t('copy')}
              </button>
              <button type="button" className="button" onClick={() => dialog.current?.close()}>
                {t('close')}
              </button>
              <p role="status" aria-live="polite" className="embed-status">
                {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyBlocked') : ''}
              </p>
            </div>
            <h3 className="embed-preview-label">
              {t('embedPreview')}
              {options.width !== '100%' && ` · ${options.width} px`}
            </h3>
            <div className="embed-preview-frame">
              <iframe
                ref={preview}
                className="embed-preview"
                src={previewAddress}
                title={t('embedPreviewOf', { title })}
                style={{
                  width: options.width === '100%' ? '100%' : `${options.width}px`,
                  height: previewHeight,
                }}
              />
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
