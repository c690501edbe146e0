import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { pick } from '../i18n/translate.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { trendsParams, useTrendsSettings } from '../features/trends/trends-settings.ts';
import { settingsParams, useRoute, useSettings } from '../settings/settings-store.ts';
import { bindToUrl, syncSettingsWithUrl } from '../settings/url-sync.ts';
import { DatasetGate } from './dataset-gate.tsx';
import { EmbedShell } from './embed-shell.tsx';
import { DisplayControls, YearControls } from './controls.tsx';
import { Identity } from './identity.tsx';
import { Routes } from './routes.tsx';
import { formatDate } from '../i18n/format.ts';
import { ChartThemeContext } from '../ui/chart/tokens.ts';

function useDocumentSettings() {
  const lang = useLang();
  const theme = useSettings((s) => s.theme);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = t('htmlLang');
    document.documentElement.dataset.theme = theme;
  }, [lang, theme, t]);
}

function Shell() {
  useDocumentSettings();
  const route = useRoute();
  return route.name === 'embed' ? <EmbedShell target={route.target} /> : <FullShell />;
}

function FullShell() {
  const t = useT();
  const lang = useLang();
  const route = useRoute();
  const theme = useSettings((s) => s.theme);
  // The header names whose figures and which year; the page below fills it in once data is here.
  const [identitySlot, setIdentitySlot] = useState<HTMLElement | null>(null);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-title">
          <h1>
            <a href="#/">{t('appTitle')}</a>
          </h1>
          <p className="app-identity" ref={setIdentitySlot} />
        </div>
        <DisplayControls />
      </header>
      <main id="main" tabIndex={-1}>
        <ChartThemeContext value={theme}>
          <DatasetGate>
            {(dataset) => (
              <>
                {identitySlot && createPortal(<Identity dataset={dataset} />, identitySlot)}
                <div className="toolbar">
                  <nav aria-label={t('navCategories')}>
                    <ul>
                      <li>
                        <a href="#/" aria-current={route.name === 'overview' ? 'page' : undefined}>
                          {t('navOverview')}
                        </a>
                      </li>
                      <li>
                        <a
                          href="#/trends"
                          aria-current={route.name === 'trends' ? 'page' : undefined}
                        >
                          {t('navTrends')}
                        </a>
                      </li>
                      <li>
                        <a
                          href="#/coverage"
                          aria-current={route.name === 'coverage' ? 'page' : undefined}
                        >
                          {t('navCoverage')}
                        </a>
                      </li>
                      {dataset.categories.map((c) => (
                        <li key={c.id}>
                          <a
                            href={`#/category/${c.id}`}
                            aria-current={
                              route.name === 'category' && route.id === c.id ? 'page' : undefined
                            }
                          >
                            {pick(c.name, lang)}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  <YearControls dataset={dataset} />
                </div>
                <Routes dataset={dataset} />
                <footer className="app-footer">
                  <p>
                    {pick(dataset.title, lang)} · {pick(dataset.region, lang)} ·{' '}
                    {t('updated', { date: formatDate(dataset.updated, lang) })}
                  </p>
                  <p>{t('compiledFrom')}</p>
                </footer>
              </>
            )}
          </DatasetGate>
        </ChartThemeContext>
      </main>
    </>
  );
}

/**
 * Keeps every store with settings in a link in step with the address bar. Features bring
 * their own store and table; src/settings knows nothing of them, only this list does.
 */
export function syncAppWithUrl(): () => void {
  return syncSettingsWithUrl([
    bindToUrl(useSettings, settingsParams),
    bindToUrl(useTrendsSettings, trendsParams),
  ]);
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
