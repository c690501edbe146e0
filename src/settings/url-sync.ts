import type { StoreApi } from 'zustand';
import { searchText, writeParams, type UrlParams } from './url-params.ts';

/** A zustand store whose settings (or some of them) live in the URL. */
export type UrlSettingsStore<S> = StoreApi<S & { readUrl: (url: URL) => void }>;

/** A store tied to its table of query parameters, without its type: what the sync needs. */
export interface UrlBinding {
  read: (url: URL) => void;
  write: (query: URLSearchParams) => void;
  subscribe: (onChange: () => void) => () => void;
}

export function bindToUrl<S>(store: UrlSettingsStore<S>, params: UrlParams<S>): UrlBinding {
  return {
    read: (url) => store.getState().readUrl(url),
    write: (query) => writeParams(params, store.getState(), query),
    subscribe: (onChange) => store.subscribe(onChange),
  };
}

/** The query string for every bound store's settings, keeping parameters none of them owns. */
export function searchFor(bindings: readonly UrlBinding[], current: URLSearchParams): string {
  const query = new URLSearchParams(current);
  for (const binding of bindings) binding.write(query);
  return searchText(query);
}

/**
 * Keeps the given stores and the address bar in step: the URL is read on start and on
 * back/forward or hash navigation; a change of setting rewrites the query string in place.
 * The app says which stores take part, so this module knows nothing of any feature.
 * Returns a function that stops the syncing.
 */
export function syncSettingsWithUrl(bindings: readonly UrlBinding[]): () => void {
  // While one store reads the URL, another's stale settings must not be written over it.
  let reading = false;
  const writeUrl = () => {
    if (reading) return;
    const search = searchFor(bindings, new URLSearchParams(window.location.search));
    if (search !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
  };
  const readUrl = () => {
    reading = true;
    try {
      const url = new URL(window.location.href);
      for (const binding of bindings) binding.read(url);
    } finally {
      reading = false;
    }
  };
  const followUrl = () => {
    readUrl();
    writeUrl();
  };
  readUrl();
  window.addEventListener('hashchange', followUrl);
  window.addEventListener('popstate', followUrl);
  const unsubscribes = bindings.map((binding) => binding.subscribe(writeUrl));
  return () => {
    window.removeEventListener('hashchange', followUrl);
    window.removeEventListener('popstate', followUrl);
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
