import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { ChartThemeContext } from '../../ui/chart/tokens.ts';
import { printPage } from '../../ui/print.ts';
import type { Slide } from './deck.ts';
import { SlideView } from './slide-view.tsx';

/**
 * Printing the deck: every slide laid out at the stage's size, one 16:9 page each, in the
 * light report palette whatever the screen shows (Save as PDF gives the file to send ahead).
 * Ctrl+P / ⌘P prints the deck too, not the one slide on screen. Once asked for, the pages stay
 * laid out, hidden, so a second print is immediate.
 */
export function usePrintDeck(): [boolean, () => void] {
  const [asked, setAsked] = useState(0);
  const request = useCallback(() => setAsked((n) => n + 1), []);
  useEffect(() => {
    if (!asked) return;
    // Once the pages are in the document, their charts draw, then the dialog opens.
    const frame = requestAnimationFrame(() => void printPage());
    return () => cancelAnimationFrame(frame);
  }, [asked]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        event.stopImmediatePropagation();
        request();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [request]);
  return [asked > 0, request];
}

export function PrintDeck({
  slides,
  ...frame
}: {
  slides: readonly Slide[];
  dataset: Dataset;
  year: number;
  years: readonly number[];
}) {
  return (
    <ChartThemeContext value="light">
      <div className="print-deck" data-theme="light" aria-hidden="true">
        {slides.map((slide, i) => (
          <div key={slide.id} className="print-slide">
            <div className="stage">
              <SlideView slide={slide} number={i + 1} total={slides.length} {...frame} />
            </div>
          </div>
        ))}
      </div>
    </ChartThemeContext>
  );
}
