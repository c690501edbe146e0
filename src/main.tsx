import { createRoot } from 'react-dom/client';
import { App, syncAppWithUrl } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { preloadCharts } from './ui/chart/draw/lazy-drawings.ts';
import './app/styles.css';

async function start() {
  // Dev only: `?mock=<scenario>` serves a named failure through MSW, to see the error states.
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('mock')) {
    const { startMockWorker } = await import('../mocks/browser.ts');
    await startMockWorker(new URLSearchParams(window.location.search).get('mock') ?? '');
  }
  syncAppWithUrl();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App queryClient={createQueryClient()} />);
  // After the first paint's work is queued: the KPI cards never wait for chart code. An embed
  // fetches only the drawing it shows, when it shows it.
  if (!window.location.hash.startsWith('#/embed/')) setTimeout(preloadCharts, 0);
}

void start();
