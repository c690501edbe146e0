import { create } from 'zustand';
import {
  defaultsOf,
  readParams,
  type UrlParam,
  type UrlParams,
} from '../../settings/url-params.ts';

/** What a presentation keeps in its link. */
export interface PresentSettings {
  /** Seconds per slide for a lobby screen that runs by itself; null: the presenter moves on. */
  interval: number | null;
}

/** Whole seconds, one to an hour; anything else leaves the slides to the presenter. */
const secondsParam: UrlParam<number | null> = {
  fallback: null,
  read: (text) => {
    const n = Number(text);
    return /^\d{1,4}$/.test(text) && n >= 1 && n <= 3600 ? n : undefined;
  },
  write: String,
};

export const presentParams: UrlParams<PresentSettings> = { interval: secondsParam };

export const usePresentSettings = create<PresentSettings & { readUrl: (url: URL) => void }>()(
  (set) => ({
    ...defaultsOf(presentParams),
    readUrl: (url) => set(readParams(presentParams, url.searchParams)),
  }),
);
