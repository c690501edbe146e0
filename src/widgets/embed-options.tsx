import { useId } from 'react';
import { languageNames, languages } from '../i18n/lang.ts';
import { originOfHostPage } from '../settings/embed-message.ts';
import { themes, type Theme } from '../settings/settings-store.ts';
import { useT } from '../settings/use-lang.ts';
import { embedWidths, type EmbedOptions } from './embed-snippet.ts';
import { themeLabel } from './theme-select.tsx';

/** A metric a category embed can include. */
export interface EmbedMetric {
  id: string;
  name: string;
}

interface EmbedOptionsProps {
  options: EmbedOptions;
  onChange: (options: EmbedOptions) => void;
  /** A category's metrics, in the order it shows them; absent for other embeds. */
  metrics?: readonly EmbedMetric[];
}

/** The embed code's choices, one labelled row each. */
export function EmbedOptionsForm({ options, onChange, metrics }: EmbedOptionsProps) {
  const t = useT();
  const widthName = useId();
  const hostHint = useId();
  const hostPage = options.hostPage?.trim() ?? '';
  const hostOrigin = hostPage ? originOfHostPage(hostPage) : null;
  const set = (change: Partial<EmbedOptions>) => onChange({ ...options, ...change });
  const chosen = options.metrics ?? metrics?.map((m) => m.id) ?? [];
  const toggle = (id: string, on: boolean) => {
    const next = (metrics ?? [])
      .map((m) => m.id)
      .filter((m) => (m === id ? on : chosen.includes(m)));
    // All of them, in the category's order, is what the link says without a list.
    set({ metrics: next.length === metrics?.length ? null : next });
  };
  return (
    <div className="embed-options">
      <fieldset className="embed-row">
        <legend>{t('embedWidth')}</legend>
        <div className="embed-choices">
          {embedWidths.map((w) => (
            <label key={w} className="embed-choice">
              <input
                type="radio"
                name={widthName}
                value={w}
                checked={options.width === w}
                onChange={() => set({ width: w })}
              />
              {w === '100%' ? t('embedFullWidth') : `${w} px`}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="embed-row">
        <span className="embed-label">{t('theme')}</span>
        <select value={options.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
          {themes.map((th) => (
            <option key={th} value={th}>
              {t(themeLabel[th])}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-row">
        <span className="embed-label">{t('language')}</span>
        <select
          value={options.lang}
          onChange={(e) => set({ lang: e.target.value === 'en' ? 'en' : 'zh' })}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-row embed-check">
        <input
          type="checkbox"
          checked={options.chrome === 'none'}
          onChange={(e) => set({ chrome: e.target.checked ? 'none' : 'full' })}
        />
        {t('embedNoChrome')}
      </label>
      <label className="embed-row embed-host">
        <span className="embed-label">{t('embedHostPage')}</span>
        <input
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="https://intranet.example"
          value={options.hostPage ?? ''}
          aria-invalid={hostPage !== '' && !hostOrigin}
          aria-describedby={hostHint}
          onChange={(e) => set({ hostPage: e.target.value })}
        />
        <span
          id={hostHint}
          className={hostPage && !hostOrigin ? 'embed-hint embed-invalid' : 'embed-hint'}
        >
          {!hostPage
            ? t('embedHostPageHint')
            : hostOrigin
              ? t('embedHostPageOrigin', { origin: hostOrigin })
              : t('embedHostPageInvalid')}
        </span>
      </label>
      {metrics && (
        <fieldset className="embed-row embed-metrics">
          <legend>
            {t('embedMetrics')}{' '}
            <span className="embed-count">
              {t('embedMetricsCount', { count: chosen.length, total: metrics.length })}
            </span>
          </legend>
          <div className="embed-metric-picks">
            <button type="button" className="link-button" onClick={() => set({ metrics: null })}>
              {t('embedMetricsAll')}
            </button>
            <button type="button" className="link-button" onClick={() => set({ metrics: [] })}>
              {t('embedMetricsNone')}
            </button>
          </div>
          <ul className="embed-metric-list">
            {metrics.map((m) => (
              <li key={m.id}>
                <label className="embed-choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(m.id)}
                    onChange={(e) => toggle(m.id, e.target.checked)}
                  />
                  {m.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
