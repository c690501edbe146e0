import { afterEach } from 'vitest';
import { loadCatalogue } from '../src/i18n/load-catalogue.ts';
import { resetStores } from './reset-stores.ts';

// Specs in the node project run without a DOM or a mock server: pure logic only.
// The app loads English before showing it; specs read both languages from the start.
await loadCatalogue('en');

// Every store starts each spec as a fresh page load would see it.
afterEach(resetStores);
