import { useEffect, useRef, useState, type RefObject } from 'react';

/** After someone uses the keyboard or pointer, the slides wait this long before running again. */
export const RESUME_AFTER_MS = 5000;

export interface AutoAdvance {
  /** Share of the slide's time still to run, 1 → 0. */
  left: number;
  paused: boolean;
}

/**
 * A lobby screen: moves on every `seconds`, pausing while someone is at the keyboard or
 * pointer and starting the slide's full time again once they have let go.
 */
export function useAutoAdvance(
  seconds: number | null,
  advance: () => void,
  lastActivity: RefObject<number>,
  slide: number,
): AutoAdvance {
  const [state, setState] = useState<AutoAdvance>({ left: 1, paused: false });
  const advanceRef = useRef(advance);
  useEffect(() => {
    advanceRef.current = advance;
  });
  useEffect(() => {
    if (!seconds) return;
    let start = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - lastActivity.current < RESUME_AFTER_MS) {
        start = now;
        setState({ left: 1, paused: true });
        return;
      }
      const left = 1 - (now - start) / (seconds * 1000);
      if (left > 0) setState({ left, paused: false });
      else advanceRef.current();
    };
    const timer = setInterval(tick, 200);
    return () => clearInterval(timer);
  }, [seconds, slide, lastActivity]);
  return state;
}
