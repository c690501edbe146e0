import { useEffect, useRef } from 'react';

const CHANNEL = 'rule-of-law-dashboard-present';

type DeckMessage = { type: 'slide'; slide: number } | { type: 'hello' };

const isDeckMessage = (data: unknown): data is DeckMessage =>
  typeof data === 'object' &&
  data !== null &&
  (('type' in data && data.type === 'hello') ||
    ('type' in data && data.type === 'slide' && 'slide' in data && Number.isInteger(data.slide)));

/**
 * Keeps the slides and the speaker view on the same slide, whichever window moves: each
 * says where it went, and a window that opens asks where the others are.
 */
export function useDeckSync(slide: number, go: (slide: number) => void) {
  const latest = useRef({ slide, go });
  const channel = useRef<BroadcastChannel | null>(null);
  // The slide last said or heard. A window that just opened asks rather than tells, so it
  // never drags the others back; a slide heard from another window is not echoed back.
  const told = useRef(slide);
  useEffect(() => {
    latest.current = { slide, go };
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isDeckMessage(message)) return;
      if (message.type === 'hello') ch.postMessage({ type: 'slide', slide: latest.current.slide });
      else if (message.slide !== latest.current.slide) {
        told.current = message.slide;
        latest.current.go(message.slide);
      }
    };
    ch.postMessage({ type: 'hello' } satisfies DeckMessage);
    return () => {
      channel.current = null;
      ch.close();
    };
  }, []);
  useEffect(() => {
    if (slide === told.current) return;
    told.current = slide;
    channel.current?.postMessage({ type: 'slide', slide } satisfies DeckMessage);
  }, [slide]);
}
