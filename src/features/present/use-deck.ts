import { useMemo } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { deckFor, type ArrangedDeck } from './deck.ts';
import { usePresentSettings } from './present-settings.ts';

/** The deck the link asks for (briefing, full, or as arranged), the same in every window. */
export function useDeck(dataset: Dataset, year: number, years: readonly number[]): ArrangedDeck {
  const deck = usePresentSettings((s) => s.deck);
  const slides = usePresentSettings((s) => s.slides);
  return useMemo(
    () => deckFor(dataset, year, years, { deck, slides }),
    [dataset, year, years, deck, slides],
  );
}
