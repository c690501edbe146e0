import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/settings/route.ts';
import { searchFor, settingsFromUrl } from '../../../src/settings/settings-store.ts';

describe('routes', () => {
  it('reads every view from the hash', () => {
    expect(parseRoute('')).toEqual({ name: 'overview' });
    expect(parseRoute('#/')).toEqual({ name: 'overview' });
    expect(parseRoute('#/category/petitions')).toEqual({ name: 'category', id: 'petitions' });
    expect(parseRoute('#/metric/jsjb_requests')).toEqual({ name: 'metric', id: 'jsjb_requests' });
    expect(parseRoute('#/trends')).toEqual({ name: 'trends' });
    expect(parseRoute('#/nonsense/x/y')).toEqual({ name: 'notFound', hash: '#/nonsense/x/y' });
  });

  it('writes the hash it reads', () => {
    expect(routeHash(parseRoute('#/metric/a_b'))).toBe('#/metric/a_b');
  });
});

describe('settings in the URL', () => {
  it('reads language, theme, years and dataset, ignoring malformed values', () => {
    const s = settingsFromUrl(
      new URL('http://x/?lang=en&theme=contrast&year=2023&from=2021&to=bad&data=other.json#/'),
    );
    expect(s).toMatchObject({
      lang: 'en',
      theme: 'contrast',
      year: 2023,
      from: 2021,
      to: null,
      data: 'other.json',
    });
    expect(settingsFromUrl(new URL('http://x/?lang=fr&theme=neon'))).toMatchObject({
      lang: 'zh',
      theme: 'light',
    });
  });

  it('writes only what differs from the defaults and keeps parameters it does not own', () => {
    const s = settingsFromUrl(new URL('http://x/?lang=en&year=2023'));
    expect(searchFor(s, new URLSearchParams('parentOrigin=https%3A%2F%2Fa.b&lang=zh'))).toBe(
      '?parentOrigin=https%3A%2F%2Fa.b&lang=en&year=2023',
    );
    expect(searchFor({ ...s, lang: 'zh', year: null }, new URLSearchParams('lang=en'))).toBe('');
  });

  it('reads the chosen metrics and reading of the trends view', () => {
    const s = settingsFromUrl(new URL('http://x/?metrics=a,b_c&reading=index#/trends'));
    expect(s).toMatchObject({ metrics: ['a', 'b_c'], reading: 'index' });
    expect(settingsFromUrl(new URL('http://x/?metrics=&reading=pie'))).toMatchObject({
      metrics: [],
      reading: 'values',
    });
    expect(settingsFromUrl(new URL('http://x/'))).toMatchObject({ metrics: null });
    expect(searchFor(s, new URLSearchParams())).toBe('?metrics=a,b_c&reading=index');
  });

  it('round-trips a full link', () => {
    const url = new URL(
      'http://x/?data=d.json&lang=en&theme=dark&year=2022&from=2020&to=2023#/category/x',
    );
    const again = new URL(
      `http://x/${searchFor(settingsFromUrl(url), new URLSearchParams())}${url.hash}`,
    );
    expect(settingsFromUrl(again)).toEqual(settingsFromUrl(url));
  });
});
