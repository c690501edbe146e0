import { describe, expect, it, vi } from 'vitest';

// A fresh page load in Chinese: the English messages are not loaded yet.
const freshModules = async () => {
  vi.resetModules();
  return {
    ...(await import('../../../src/i18n/load-catalogue.ts')),
    ...(await import('../../../src/settings/settings-store.ts')),
  };
};

describe('switching language', () => {
  it('keeps the page in Chinese until the English messages are here, then shows English', async () => {
    const { loadCatalogue, useSettings } = await freshModules();
    useSettings.getState().setLang('en');
    expect(useSettings.getState().lang).toBe('zh');
    await loadCatalogue('en');
    expect(useSettings.getState().lang).toBe('en');
  });

  it('follows the last choice when the reader changes their mind while English loads', async () => {
    const { loadCatalogue, useSettings } = await freshModules();
    useSettings.getState().setLang('en');
    useSettings.getState().setLang('zh');
    await loadCatalogue('en');
    expect(useSettings.getState().lang).toBe('zh');
  });

  it('applies the rest of a link at once and its language once loaded', async () => {
    const { loadCatalogue, useSettings } = await freshModules();
    useSettings.getState().readUrl(new URL('https://example.org/?lang=en&year=2022#/trends'));
    expect(useSettings.getState()).toMatchObject({ lang: 'zh', year: 2022 });
    expect(useSettings.getState().route).toEqual({ name: 'trends' });
    await loadCatalogue('en');
    expect(useSettings.getState().lang).toBe('en');
  });

  it('keeps a switch still loading when the reader follows a link in the page', async () => {
    const { loadCatalogue, useSettings } = await freshModules();
    useSettings.getState().setLang('en');
    useSettings.getState().readUrl(new URL('https://example.org/#/coverage'));
    await loadCatalogue('en');
    expect(useSettings.getState()).toMatchObject({ lang: 'en', route: { name: 'coverage' } });
  });

  it('switches at once to a language already loaded', async () => {
    const { loadCatalogue, useSettings } = await freshModules();
    await loadCatalogue('en');
    useSettings.getState().setLang('en');
    expect(useSettings.getState().lang).toBe('en');
    useSettings.getState().setLang('zh');
    expect(useSettings.getState().lang).toBe('zh');
  });
});
