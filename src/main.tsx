// The reset and the design tokens first: every component's styles come after them.
import './app/styles.css';
import { createRoot } from 'react-dom/client';
import { App, syncAppWithUrl } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { loadCatalogue } from './i18n/load-catalogue.ts';
import { settingsFromUrl } from './settings/settings-store.ts';

async function start() {
  // A link in English fetches the English messages alongside everything else, and the first
  // render waits for them, so no Chinese shows first. Should they fail to load, it is in Chinese.
  const lang = settingsFromUrl(new URL(window.location.href)).lang;
  const messages = loadCatalogue(lang).catch(() => undefined);
  // Dev only: `?mock=<scenario>` serves a named failure through MSW, to see the error states.
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('mock')) {
    const { startMockWorker } = await import('../mocks/browser.ts');
    await startMockWorker(new URLSearchParams(window.location.search).get('mock') ?? '');
  }
  await messages;
  syncAppWithUrl();
  const root = document.getElementById('root');
  // No chart code is fetched here: each drawing's code loads when its frame nears the screen,
  // so it never competes with the app's code and the data for the first paint.
  if (root) createRoot(root).render(<App queryClient={createQueryClient()} />);
}

void start();
