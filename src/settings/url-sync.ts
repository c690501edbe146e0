import { searchFor, settingsFromUrl, useSettings } from './settings-store.ts';

/**
 * Keeps the settings store and the address bar in step: the URL is read on start and on
 * back/forward or hash navigation; a change of setting rewrites the query string in place.
 * Returns a function that stops the syncing.
 */
export function syncSettingsWithUrl(): () => void {
  const readUrl = () =>
    useSettings.getState().replaceAll(settingsFromUrl(new URL(window.location.href)));
  readUrl();
  window.addEventListener('hashchange', readUrl);
  window.addEventListener('popstate', readUrl);
  const unsubscribe = useSettings.subscribe((settings) => {
    const search = searchFor(settings, new URLSearchParams(window.location.search));
    if (search !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
  });
  return () => {
    window.removeEventListener('hashchange', readUrl);
    window.removeEventListener('popstate', readUrl);
    unsubscribe();
  };
}
