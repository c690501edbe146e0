import { create } from 'zustand';
import {
  defaultsOf,
  idListParam,
  oneOfParam,
  readParams,
  type UrlParams,
} from '../../settings/url-params.ts';

export const readings = ['values', 'change', 'index'] as const;
export type Reading = (typeof readings)[number];

/** What the trends view keeps in a shared link. */
export interface TrendsSettings {
  /** Metrics chosen on the trends view; null for the default (the headline KPIs). */
  metrics: string[] | null;
  reading: Reading;
}

export const trendsParams: UrlParams<TrendsSettings> = {
  metrics: idListParam,
  reading: oneOfParam(readings, 'values'),
};

interface TrendsActions {
  /** null: back to the default choice. */
  chooseMetrics: (ids: string[] | null) => void;
  setReading: (reading: Reading) => void;
  readUrl: (url: URL) => void;
}

export const useTrendsSettings = create<TrendsSettings & TrendsActions>()((set) => ({
  ...defaultsOf(trendsParams),
  chooseMetrics: (metrics) => set({ metrics }),
  setReading: (reading) => set({ reading }),
  readUrl: (url) => set(readParams(trendsParams, url.searchParams)),
}));
