import { createRoot } from 'react-dom/client';
import { App, syncAppWithUrl } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import './app/styles.css';

async function start() {
  // Dev only: `?mock=<scenario>` serves a named failure through MSW, to see the error states.
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('mock')) {
    const { startMockWorker } = await import('../mocks/browser.ts');
    await startMockWorker(new URLSearchParams(window.location.search).get('mock') ?? '');
  }
  syncAppWithUrl();
  const root = document.getElementById('root');
  // No chart code is fetched here: each drawing's code loads when its frame nears the screen,
  // so it never competes with the app's code and the data for the first paint.
  if (root) createRoot(root).render(<App queryClient={createQueryClient()} />);
}

void start();
