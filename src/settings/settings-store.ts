import { create } from 'zustand';
import { DEFAULT_DATASET } from '../dataset/query.ts';
import { languages, type Lang } from '../i18n/lang.ts';
import { parseRoute, type Route } from './route.ts';

export const themes = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof themes)[number];
export const readings = ['values', 'change', 'index'] as const;
export type Reading = (typeof readings)[number];

/** Everything a shared link must carry. Years are null for "the default". */
export interface Settings {
  route: Route;
  lang: Lang;
  theme: Theme;
  year: number | null;
  from: number | null;
  to: number | null;
  data: string;
  /** Metrics chosen on the trends view; null for the default (the headline KPIs). */
  metrics: string[] | null;
  reading: Reading;
}

const defaults: Settings = {
  route: { name: 'overview' },
  lang: 'zh',
  theme: 'light',
  year: null,
  from: null,
  to: null,
  data: DEFAULT_DATASET,
  metrics: null,
  reading: 'values',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

const yearParam = (value: string | null) =>
  value !== null && /^\d{4}$/.test(value) ? Number(value) : null;

/** The settings a URL asks for; anything malformed falls back to its default. */
export function settingsFromUrl(url: URL): Settings {
  const q = url.searchParams;
  return {
    route: parseRoute(url.hash),
    lang: oneOf(languages, q.get('lang')) ?? defaults.lang,
    theme: oneOf(themes, q.get('theme')) ?? defaults.theme,
    year: yearParam(q.get('year')),
    from: yearParam(q.get('from')),
    to: yearParam(q.get('to')),
    data: q.get('data') || defaults.data,
    metrics: q.has('metrics') ? (q.get('metrics') ?? '').split(',').filter(Boolean) : null,
    reading: oneOf(readings, q.get('reading')) ?? defaults.reading,
  };
}

/** The query string for settings, leaving out defaults and any parameter we do not own. */
export function searchFor(settings: Settings, current: URLSearchParams): string {
  const q = new URLSearchParams(current);
  const put = (key: string, value: string | number | null, fallback: string | null) => {
    if (value === null || String(value) === fallback) q.delete(key);
    else q.set(key, String(value));
  };
  put('data', settings.data, defaults.data);
  put('lang', settings.lang, defaults.lang);
  put('theme', settings.theme, defaults.theme);
  put('year', settings.year, null);
  put('from', settings.from, null);
  put('to', settings.to, null);
  put('metrics', settings.metrics === null ? null : settings.metrics.join(','), null);
  put('reading', settings.reading, defaults.reading);
  // Commas need no escaping in a query string, and a readable link is easier to check by eye.
  const text = q.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

interface SettingsActions {
  set: (patch: Partial<Omit<Settings, 'route'>>) => void;
  replaceAll: (settings: Settings) => void;
}

export const useSettings = create<Settings & SettingsActions>()((set) => ({
  ...defaults,
  set: (patch) => set(patch),
  replaceAll: (settings) => set(settings),
}));

export function resetSettings() {
  useSettings.setState(defaults);
}
