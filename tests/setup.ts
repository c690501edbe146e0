import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { StoreApi } from 'zustand';
import { serveDataset } from '../mocks/scenarios.ts';
import { server } from '../mocks/server.ts';
import { useTrendsSettings } from '../src/features/trends/trends-settings.ts';
import { useSettings } from '../src/settings/settings-store.ts';
import { basic } from './fixtures/index.ts';

// The first render of a spec file loads the whole page's code, which takes well over
// Testing Library's default second to find on a 2-core machine shared with other work.
configure({ asyncUtilTimeout: 5000 });

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

// Every zustand store starts each test as a fresh page load would see it.
function resetStore<S>(store: StoreApi<S>) {
  store.setState(store.getInitialState(), true);
}

beforeAll(() => {
  // Specs run on a small fixture, never on the shipped file, so a new figure there breaks no spec.
  // Handlers given to resetHandlers become the ones every later resetHandlers() returns to.
  server.resetHandlers(serveDataset(basic));
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetStore(useSettings);
  resetStore(useTrendsSettings);
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
