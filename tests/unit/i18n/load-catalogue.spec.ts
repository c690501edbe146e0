import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each spec starts from a fresh page load: only Chinese, which ships with the app, is loaded.
const freshModules = async () => {
  vi.resetModules();
  return {
    ...(await import('../../../src/i18n/load-catalogue.ts')),
    ...(await import('../../../src/i18n/translate.ts')),
  };
};

describe('the loaded catalogues', () => {
  beforeEach(() => vi.doUnmock('../../../src/i18n/en/index.ts'));

  it('hold Chinese from the start and English once it is loaded', async () => {
    const { hasCatalogue, loadCatalogue, translator } = await freshModules();
    expect(translator('zh')('language')).toBe('语言');
    expect(hasCatalogue('en')).toBe(false);
    expect(() => translator('en')).toThrow(/not loaded/);
    await loadCatalogue('en');
    expect(hasCatalogue('en')).toBe(true);
    expect(translator('en')('language')).toBe('Language');
  });

  it('can be asked for English again after a failed load', async () => {
    vi.doMock('../../../src/i18n/en/index.ts', () => {
      throw new Error('offline');
    });
    const { hasCatalogue, loadCatalogue } = await freshModules();
    await expect(loadCatalogue('en')).rejects.toThrow();
    expect(hasCatalogue('en')).toBe(false);
    vi.doUnmock('../../../src/i18n/en/index.ts');
    await loadCatalogue('en');
    expect(hasCatalogue('en')).toBe(true);
  });
});
