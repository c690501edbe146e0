import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { syncSettingsWithUrl } from '../../src/settings/url-sync.ts';

/** Opens the app at a link such as `?lang=en#/metric/x`, as a person following it would. */
export function renderApp(link = '') {
  window.history.replaceState(null, '', `/${link}`);
  const stop = syncSettingsWithUrl();
  onTestFinished(stop);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}
