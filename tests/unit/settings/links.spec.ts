import { describe, expect, it } from 'vitest';
import { trendsParams, type TrendsSettings } from '../../../src/features/trends/trends-settings.ts';
import { settingsFromUrl, settingsParams } from '../../../src/settings/settings-store.ts';
import { readParams, searchText, writeParams } from '../../../src/settings/url-params.ts';

// The app's two tables together, as the address bar sees them.
type LinkSettings = ReturnType<typeof settingsFromUrl> & TrendsSettings;

const fromLink = (link: string): LinkSettings => {
  const url = new URL(link, 'http://x/');
  return { ...settingsFromUrl(url), ...readParams(trendsParams, url.searchParams) };
};

const searchFor = (settings: LinkSettings, current = '') => {
  const query = new URLSearchParams(current);
  writeParams(settingsParams, settings, query);
  writeParams(trendsParams, settings, query);
  return searchText(query);
};

describe('settings in the URL', () => {
  it('reads language, theme, years and dataset, ignoring malformed values', () => {
    expect(
      fromLink('?lang=en&theme=contrast&year=2023&from=2021&to=bad&data=other.json#/'),
    ).toMatchObject({
      lang: 'en',
      theme: 'contrast',
      year: 2023,
      from: 2021,
      to: null,
      data: 'other.json',
    });
    expect(fromLink('?lang=fr&theme=neon')).toMatchObject({ lang: 'zh', theme: null });
  });

  it('loads the shipped dataset unless the link names another', () => {
    expect(fromLink('').data).toBe('data/dongcheng.json');
    expect(fromLink('?data=').data).toBe('data/dongcheng.json');
    expect(searchFor(fromLink('?data=data/dongcheng.json'))).toBe('');
  });

  it('reads the view from the hash', () => {
    expect(fromLink('?lang=en#/metric/a_b').route).toEqual({ name: 'metric', id: 'a_b' });
  });

  it('writes only what differs from the defaults and keeps parameters it does not own', () => {
    const s = fromLink('?lang=en&year=2023');
    expect(searchFor(s, 'mock=slow&lang=zh')).toBe('?mock=slow&lang=en&year=2023');
    expect(searchFor({ ...s, lang: 'zh', year: null }, 'lang=en')).toBe('');
  });

  it('reads the chosen metrics and reading of the trends view', () => {
    const s = fromLink('?metrics=a,b_c&reading=index#/trends');
    expect(s).toMatchObject({ metrics: ['a', 'b_c'], reading: 'index' });
    expect(fromLink('?metrics=&reading=pie')).toMatchObject({ metrics: [], reading: 'values' });
    expect(fromLink('')).toMatchObject({ metrics: null });
    expect(searchFor(s)).toBe('?metrics=a,b_c&reading=index');
  });

  it('writes the parameters in a fixed order', () => {
    const s = fromLink('?reading=change&metrics=m&to=2023&from=2020&year=2021&theme=dark&lang=en');
    expect(searchFor({ ...s, data: 'd.json' })).toBe(
      '?data=d.json&lang=en&theme=dark&year=2021&from=2020&to=2023&metrics=m&reading=change',
    );
  });

  it('round-trips a full link', () => {
    const link =
      '?data=d.json&lang=en&theme=dark&year=2022&from=2020&to=2023&metrics=x,y&reading=change#/category/x';
    const again = `${searchFor(fromLink(link))}#/category/x`;
    expect(again).toBe(link);
    expect(fromLink(again)).toEqual(fromLink(link));
  });
});

describe('embed settings in the URL', () => {
  it('reads the embed options, keeping a malformed parent origin as given for the embed to refuse', () => {
    const read = (link: string) => fromLink(link);
    expect(read('?chrome=none&transparent=1&parentOrigin=https://intranet.example')).toMatchObject({
      chrome: 'none',
      transparent: true,
      parentOrigin: 'https://intranet.example',
    });
    expect(read('?chrome=fancy&transparent=yes&parentOrigin=javascript:alert(1)')).toMatchObject({
      chrome: 'full',
      transparent: false,
      // Dropped, it would read as "no parent origin", which sends heights to any page.
      parentOrigin: 'javascript:alert(1)',
    });
    expect(read('?parentOrigin=https://intranet.example/page').parentOrigin).toBe(
      'https://intranet.example/page',
    );
    expect(read('').parentOrigin).toBeNull();
  });
});
