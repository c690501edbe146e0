import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { serveDataset } from '../mocks/scenarios.ts';
import { server } from '../mocks/server.ts';
import { loadCatalogue } from '../src/i18n/load-catalogue.ts';
import { basic } from './fixtures/index.ts';
import { resetStores } from './reset-stores.ts';

// findBy… waits up to 5 s, not 1: a first render that loads the lazy pages can pass 1 s on a
// 2-core machine shared with other work. A generous wait, never a speed target.
configure({ asyncUtilTimeout: 5000 });

// The app loads English before showing it; specs read both languages from the start.
await loadCatalogue('en');

// jsdom has no layout: Recharts' ResponsiveContainer needs a box to draw into.
class FixedSizeResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const entry = {
      target,
      contentRect: { width: 800, height: 300 },
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

beforeAll(() => {
  // Specs run on a small fixture, never on the shipped file, so a new figure there breaks no spec.
  // Handlers given to resetHandlers become the ones every later resetHandlers() returns to.
  server.resetHandlers(serveDataset(basic));
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetStores();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
