import { describe, expect, it } from 'vitest';
import { themeOf, useSettings } from '../../../src/settings/settings-store.ts';

const settings = () => useSettings.getState();

describe('the settings store', () => {
  it('starts at the defaults', () => {
    expect(settings()).toMatchObject({
      route: { name: 'overview' },
      data: 'data/dongcheng.json',
      lang: 'zh',
      theme: null,
      year: null,
      from: null,
      to: null,
    });
  });

  it('switches language and theme', () => {
    settings().setLang('en');
    settings().setTheme('contrast');
    expect(settings()).toMatchObject({ lang: 'en', theme: 'contrast' });
  });

  it('sets the focus year and returns it to the default', () => {
    settings().setFocusYear(2022);
    expect(settings().year).toBe(2022);
    settings().setFocusYear(null);
    expect(settings().year).toBeNull();
  });

  it('sets both ends of the range at once', () => {
    settings().setRange(2020, 2023);
    expect(settings()).toMatchObject({ from: 2020, to: 2023 });
    settings().setRange(null, 2023);
    expect(settings()).toMatchObject({ from: null, to: 2023 });
  });

  it('takes the view and every query setting from a URL, leaving the trends settings alone', () => {
    settings().setTheme('dark');
    settings().readUrl(new URL('http://x/?lang=en&year=2021&metrics=a#/trends'));
    const state = settings();
    expect(state).toMatchObject({
      route: { name: 'trends' },
      lang: 'en',
      theme: null,
      year: 2021,
    });
    expect(state).not.toHaveProperty('metrics');
  });

  it('starts each test afresh', () => {
    expect(settings()).toMatchObject({ lang: 'zh', theme: null, year: null });
  });
});

describe('the theme shown', () => {
  it('is light on the dashboard and high contrast on slides until a reader chooses one', () => {
    expect(themeOf({ theme: null, route: { name: 'overview' } })).toBe('light');
    expect(themeOf({ theme: null, route: { name: 'present', slide: 2 } })).toBe('contrast');
    expect(themeOf({ theme: null, route: { name: 'presentNotes', slide: null } })).toBe('contrast');
    expect(themeOf({ theme: 'dark', route: { name: 'present', slide: 2 } })).toBe('dark');
    expect(themeOf({ theme: 'contrast', route: { name: 'overview' } })).toBe('contrast');
  });
});
