import { useEffect, useRef } from 'react';

const CHANNEL = 'rule-of-law-dashboard-present';

type DeckMessage = { type: 'slide'; slide: number } | { type: 'hello' };

/**
 * A message from the channel as the deck takes it, or null. Any page of the origin can post
 * there, so only the two exact shapes are taken, and a slide only if this deck has it: a
 * number past the end would send every window to "not found" in the middle of a meeting.
 */
export function readDeckMessage(data: unknown, total: number): DeckMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data).sort().join(',');
  const { type, slide } = data as { type?: unknown; slide?: unknown };
  if (type === 'hello' && keys === 'type') return { type };
  if (
    type === 'slide' &&
    keys === 'slide,type' &&
    typeof slide === 'number' &&
    Number.isInteger(slide) &&
    slide >= 1 &&
    slide <= total
  )
    return { type, slide };
  return null;
}

/**
 * At most `limit` messages in any `windowMs`: a clicker and a speaker send a few a second; a
 * page flooding the channel is ignored past that, and answered no more often either.
 */
export function messageBudget(limit = 8, windowMs = 1000, now: () => number = Date.now) {
  const times: number[] = [];
  return () => {
    const t = now();
    while (times.length > 0 && (times[0] ?? 0) <= t - windowMs) times.shift();
    if (times.length >= limit) return false;
    times.push(t);
    return true;
  };
}

/**
 * Keeps the slides and the speaker view on the same slide, whichever window moves: each
 * says where it went, and a window that opens asks where the others are.
 */
export function useDeckSync(slide: number, total: number, go: (slide: number) => void) {
  const latest = useRef({ slide, total, go });
  const channel = useRef<BroadcastChannel | null>(null);
  // The slide last said or heard. A window that just opened asks rather than tells, so it
  // never drags the others back; a slide heard from another window is not echoed back.
  const told = useRef(slide);
  useEffect(() => {
    latest.current = { slide, total, go };
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    const allowed = messageBudget();
    channel.current = ch;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const message = readDeckMessage(event.data, latest.current.total);
      if (!message || !allowed()) return;
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
