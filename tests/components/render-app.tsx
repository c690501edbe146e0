import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { App, syncAppWithUrl } from '../../src/app/app.tsx';

/** Opens the app at a link such as `?lang=en#/metric/x`, as a person following it would. */
export function renderApp(link = '') {
  window.history.replaceState(null, '', `/${link}`);
  const stop = syncAppWithUrl();
  onTestFinished(stop);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { ...render(<App queryClient={queryClient} />), queryClient };
}
