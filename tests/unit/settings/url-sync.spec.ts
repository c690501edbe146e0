import { fireEvent } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { create } from 'zustand';
import { settingsParams, useSettings } from '../../../src/settings/settings-store.ts';
import { oneOfParam, readParams, type UrlParams } from '../../../src/settings/url-params.ts';
import { bindToUrl, syncSettingsWithUrl } from '../../../src/settings/url-sync.ts';

// A feature's own store, as a feature would write it: the sync knows nothing of it.
interface Extra {
  shape: 'round' | 'square';
}
const extraParams: UrlParams<Extra> = { shape: oneOfParam(['round', 'square'], 'round') };
const useExtra = create<Extra & { readUrl: (url: URL) => void }>()((set) => ({
  shape: 'round',
  readUrl: (url) => set(readParams(extraParams, url.searchParams)),
}));

function openAt(link: string) {
  window.history.replaceState(null, '', `/${link}`);
  useExtra.setState({ shape: 'round' });
  const stop = syncSettingsWithUrl([
    bindToUrl(useSettings, settingsParams),
    bindToUrl(useExtra, extraParams),
  ]);
  onTestFinished(stop);
  return stop;
}

function navigate(link: string) {
  window.history.pushState(null, '', `/${link}`);
  fireEvent(window, new PopStateEvent('popstate'));
}

describe('syncing settings with the address bar', () => {
  it('reads every bound store from the link it opens at', () => {
    openAt('?lang=en&shape=square#/trends');
    expect(useSettings.getState()).toMatchObject({ lang: 'en', route: { name: 'trends' } });
    expect(useExtra.getState().shape).toBe('square');
  });

  it('writes a change of any store into the query, keeping the hash and foreign parameters', () => {
    openAt('?parentOrigin=https%3A%2F%2Fa.b#/metric/m');
    useSettings.getState().setFocusYear(2022);
    useExtra.setState({ shape: 'square' });
    expect(window.location.search).toBe('?parentOrigin=https%3A%2F%2Fa.b&year=2022&shape=square');
    expect(window.location.hash).toBe('#/metric/m');
  });

  it('follows back and forward without writing stale settings over the new link', () => {
    openAt('?theme=dark');
    navigate('?lang=en&shape=square&year=2021');
    expect(useSettings.getState()).toMatchObject({ lang: 'en', theme: null, year: 2021 });
    expect(useExtra.getState().shape).toBe('square');
    expect(window.location.search).toBe('?lang=en&shape=square&year=2021');
  });

  it('follows hash navigation to another view', () => {
    openAt('?lang=en#/');
    window.location.hash = '#/category/c';
    fireEvent(window, new HashChangeEvent('hashchange'));
    expect(useSettings.getState().route).toEqual({ name: 'category', id: 'c' });
    expect(window.location.search).toBe('?lang=en');
  });

  it('stops when asked', () => {
    const stop = openAt('');
    stop();
    useSettings.getState().setLang('en');
    navigate('?shape=square');
    expect(window.location.search).toBe('?shape=square');
    expect(useExtra.getState().shape).toBe('round');
  });
});
