import type { Dataset } from '../../dataset/model.ts';
import { arrangeDeck, buildDeck, type Slide } from './deck.ts';

/** What every slide of a deck is drawn from. */
export interface Frame {
  dataset: Dataset;
  year: number;
  years: readonly number[];
}

export interface Row {
  slide: Slide;
  included: boolean;
  /** False for a sources page past those the chosen slides need: it could not be shown. */
  available: boolean;
}

/**
 * Every slide the full deck holds: the deck's own first, in its order, as they will be shown
 * (a sources page lists what the chosen slides cite), then the others in the full deck's order.
 */
export function arrangementRows(
  frame: Frame,
  full: readonly Slide[],
  asked: readonly string[],
): Row[] {
  const { dataset, year, years } = frame;
  let deck = arrangeDeck(dataset, year, years, asked).slides;
  // An arrangement with nothing left in it shows the briefing (deckFor): so does the list.
  if (!deck.length) deck = buildDeck(dataset, year, years);
  // The sources pages as the chosen slides have them; past those they need, none can be shown.
  const pages = arrangeDeck(dataset, year, years, [
    ...deck.map((s) => s.id),
    ...full.filter((s) => s.kind === 'sources').map((s) => s.id),
  ]).slides.filter((s) => s.kind === 'sources');
  const pageById = new Map(pages.map((s) => [s.id, s]));
  // Else the full deck's own slide, the same one each time, so that its thumbnail is not redrawn.
  const fullById = new Map(full.map((s) => [s.id, s]));
  const asShown = (s: Slide) =>
    (s.kind === 'sources' ? pageById.get(s.id) : fullById.get(s.id)) ?? s;
  const included = new Set(deck.map((s) => s.id));
  return [
    ...deck.map((s) => ({ slide: asShown(s), included: true, available: true })),
    ...full
      .filter((s) => !included.has(s.id))
      .map((s) => ({
        slide: asShown(s),
        included: false,
        available: s.kind !== 'sources' || pageById.has(s.id),
      })),
  ];
}
