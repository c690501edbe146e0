import { create } from 'zustand';
import {
  defaultsOf,
  idListParam,
  oneOfParam,
  readParams,
  type UrlParam,
  type UrlParams,
} from '../../settings/url-params.ts';
import type { DeckKind } from './deck.ts';

/** What a presentation keeps in its link. */
export interface PresentSettings {
  /** Seconds per slide for a lobby screen that runs by itself; null: the presenter moves on. */
  interval: number | null;
  /** The briefing, or the full deck with every category's charts. */
  deck: DeckKind;
  /** The deck as arranged, by slide id; null: the deck `deck` names. */
  slides: string[] | null;
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

export const presentParams: UrlParams<PresentSettings> = {
  interval: secondsParam,
  deck: oneOfParam(['briefing', 'full'] as const, 'briefing'),
  slides: idListParam,
};

interface PresentActions {
  readUrl: (url: URL) => void;
  /** A new arrangement; null goes back to the deck `deck` names. */
  arrange: (slides: string[] | null, deck?: DeckKind) => void;
}

export const usePresentSettings = create<PresentSettings & PresentActions>()((set) => ({
  ...defaultsOf(presentParams),
  readUrl: (url) => set(readParams(presentParams, url.searchParams)),
  arrange: (slides, deck) => set(deck ? { slides, deck } : { slides }),
}));
