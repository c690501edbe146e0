import { create } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { DEFAULT_DATASET } from '../dataset/query.ts';
import { languages, type Lang } from '../i18n/lang.ts';
import { hasCatalogue, loadCatalogue } from '../i18n/load-catalogue.ts';
import { parseRoute, type Route } from './route.ts';
import {
  defaultsOf,
  oneOfParam,
  optionalOneOfParam,
  readParams,
  flagParam,
  originParam,
  textParam,
  yearParam,
  type UrlParams,
} from './url-params.ts';

export const themes = ['light', 'dark', 'contrast'] as const;
export const chromes = ['full', 'none'] as const;
export type Chrome = (typeof chromes)[number];
export type Theme = (typeof themes)[number];

/** The settings every view shares, as the query string carries them. Years are null for "the default". */
export interface QuerySettings {
  data: string;
  lang: Lang;
  /** null: the view's own default (see `useTheme`). */
  theme: Theme | null;
  year: number | null;
  from: number | null;
  to: number | null;
  /** Embeds only: `none` leaves out title and source, for hosts that add their own. */
  chrome: Chrome;
  /** Embeds only: no page background, so the host's shows through. */
  transparent: boolean;
  /** Embeds only: the host page's origin, the one target of the height messages. */
  parentOrigin: string | null;
}

/** Everything a shared link carries for every view: the route (in the hash) and the query. */
export interface Settings extends QuerySettings {
  route: Route;
}

/** The query parameters of CONTRACT.md §2, in the order they are added to a link. */
export const settingsParams: UrlParams<QuerySettings> = {
  data: textParam(DEFAULT_DATASET),
  lang: oneOfParam(languages, 'zh'),
  theme: optionalOneOfParam(themes),
  year: yearParam,
  from: yearParam,
  to: yearParam,
  chrome: oneOfParam(chromes, 'full'),
  transparent: flagParam,
  parentOrigin: originParam,
};

/** The settings a URL asks for; anything malformed falls back to its default. */
export function settingsFromUrl(url: URL): Settings {
  return { route: parseRoute(url.hash), ...readParams(settingsParams, url.searchParams) };
}

interface SettingsActions {
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  /** null: the view's default focus year. */
  setFocusYear: (year: number | null) => void;
  /** null at either end: from the first year or to the last. */
  setRange: (from: number | null, to: number | null) => void;
  readUrl: (url: URL) => void;
  /** Back to the dataset that ships with the dashboard. */
  loadDefaultData: () => void;
}

// The language last asked for: a catalogue arriving after the reader chose another is not applied.
let wantedLang: Lang | null = null;

export const useSettings = create<Settings & SettingsActions>()((set, get) => {
  /**
   * The store only ever holds a language whose messages are loaded, so nothing renders in a
   * language it cannot show: one not loaded yet is applied, with any `others`, once its
   * catalogue arrives. If that fails (offline), the page stays in the language it is in.
   */
  const applyLang = (lang: Lang, others: Partial<Settings> = {}) => {
    wantedLang = lang;
    if (hasCatalogue(lang)) return set({ ...others, lang });
    set(others);
    void loadCatalogue(lang).then(
      () => {
        if (wantedLang === lang) set({ lang });
      },
      () => undefined,
    );
  };
  return {
    route: { name: 'overview' },
    ...defaultsOf(settingsParams),
    setLang: (lang) => applyLang(lang),
    setTheme: (theme) => set({ theme }),
    setFocusYear: (year) => set({ year }),
    setRange: (from, to) => set({ from, to }),
    readUrl: (url) => {
      const { lang, ...settings } = settingsFromUrl(url);
      // A switch of language still loading survives a navigation that asks for no other one.
      if (lang === get().lang) set(settings);
      else applyLang(lang, settings);
    },
    loadDefaultData: () => set({ data: settingsParams.data.fallback }),
  };
});

export const useRoute = () => useSettings((s) => s.route);

/**
 * The theme shown: the one chosen, else the view's own. Slides default to high contrast,
 * which survives a washed-out projector; every other view to light.
 */
export function themeOf(settings: Pick<Settings, 'theme' | 'route'>): Theme {
  const { theme, route } = settings;
  if (theme) return theme;
  return route.name === 'present' || route.name === 'presentNotes' ? 'contrast' : 'light';
}
export const useTheme = () => useSettings(themeOf);
export const useFocusYearSetting = () => useSettings((s) => s.year);
export const useRangeSetting = () => useSettings(useShallow((s) => ({ from: s.from, to: s.to })));
