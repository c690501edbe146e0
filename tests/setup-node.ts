import { afterEach } from 'vitest';
import type { StoreApi } from 'zustand';
import { useTrendsSettings } from '../src/features/trends/trends-settings.ts';
import { loadCatalogue } from '../src/i18n/load-catalogue.ts';
import { useSettings } from '../src/settings/settings-store.ts';

// Specs in the node project run without a DOM or a mock server: pure logic only.
// The app loads English before showing it; specs read both languages from the start.
await loadCatalogue('en');

// Every store starts each spec as a fresh page load would see it.
function resetStore<S>(store: StoreApi<S>) {
  store.setState(store.getInitialState(), true);
}
afterEach(() => {
  resetStore(useSettings);
  resetStore(useTrendsSettings);
});
