import type { StoreApi } from 'zustand';
import { usePresentSettings } from '../src/features/present/present-settings.ts';
import { useTrendsSettings } from '../src/features/trends/trends-settings.ts';
import { useOpenedFile } from '../src/settings/dataset-source.ts';
import { useSettings } from '../src/settings/settings-store.ts';
import { useExportColours } from '../src/widgets/export/export-colours.ts';
import { drawQueue } from '../src/ui/chart/draw-turns.ts';
import { printLatch } from '../src/ui/print.ts';

function resetStore<S>(store: StoreApi<S>) {
  store.setState(store.getInitialState(), true);
}

/** Every store of the app, as a fresh page load would see it: both test setups call this. */
export function resetStores(): void {
  resetStore(useSettings);
  resetStore(useTrendsSettings);
  resetStore(usePresentSettings);
  resetStore(useOpenedFile);
  resetStore(useExportColours);
  printLatch.reset();
  drawQueue.reset();
}
