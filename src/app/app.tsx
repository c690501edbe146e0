import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { ViewBoundary } from './view-boundary.tsx';
import { useLang, useT } from '../settings/use-lang.ts';
import { presentParams, usePresentSettings } from '../features/present/present-settings.ts';
import { trendsParams, useTrendsSettings } from '../features/trends/trends-settings.ts';
import { settingsParams, useRoute, useSettings, useTheme } from '../settings/settings-store.ts';
import { bindToUrl, syncSettingsWithUrl } from '../settings/url-sync.ts';
import '../ui/text.css';
import '../ui/buttons.css';
import './shell.css';

function useDocumentSettings() {
  const lang = useLang();
  const theme = useTheme();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = t('htmlLang');
    document.documentElement.dataset.theme = theme;
  }, [lang, theme, t]);
}

// An embed loads only its own views; the full dashboard's pages come in their own chunk.
const FullShell = lazy(() => import('./full-shell.tsx'));
const EmbedShell = lazy(() => import('./embed-shell.tsx'));
const PresentShell = lazy(() => import('./present-shell.tsx'));

function Shell() {
  useDocumentSettings();
  const t = useT();
  const route = useRoute();
  const loading = (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
  // While an embed's code arrives, its loading line sits where the embed's own will.
  if (route.name === 'embed')
    return (
      <Suspense
        fallback={
          <div className="embed">
            <main>
              <div className="loading-status">{loading}</div>
            </main>
          </div>
        }
      >
        <EmbedShell target={route.target} />
      </Suspense>
    );
  if (route.name === 'present' || route.name === 'presentNotes')
    return (
      <Suspense fallback={loading}>
        <PresentShell route={route} />
      </Suspense>
    );
  // While the pages' code arrives, the same header index.html painted stays in place.
  return (
    <Suspense
      fallback={
        <>
          <header className="app-header">
            <h1>{t('appTitle')}</h1>
          </header>
          <main>{loading}</main>
        </>
      }
    >
      <FullShell />
    </Suspense>
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
    bindToUrl(usePresentSettings, presentParams),
  ]);
}

/** The last stop for a failure anywhere: the app says what happened rather than going blank. */
function RootBoundary({ children }: { children: ReactNode }) {
  const route = useRoute();
  return <ViewBoundary resetKey={JSON.stringify(route)}>{children}</ViewBoundary>;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RootBoundary>
        <Shell />
      </RootBoundary>
    </QueryClientProvider>
  );
}
