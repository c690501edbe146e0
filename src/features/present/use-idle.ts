import { useEffect, useRef, useState } from 'react';

/** What someone at the window does: each pauses a slide show that runs by itself. */
const ACTIVITY = [
  'pointermove',
  'pointerdown',
  'keydown',
  'wheel',
  'touchstart',
  'focusin',
] as const;
/** What brings the controls back: the pointer only, never a key or a clicker press. */
const POINTING = new Set<string>(['pointermove', 'pointerdown', 'wheel', 'touchstart']);

/**
 * The time of the latest pointer, key or focus activity, kept without re-rendering, and
 * whether the pointer has rested for `quietMs`: on-screen controls fade then, and come back
 * when it moves. Keys and clickers move the slides without showing the controls to the room.
 */
export function useIdle(quietMs: number) {
  const lastActivity = useRef(-Infinity);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), quietMs);
    let at = '';
    const onActivity = (event: Event) => {
      lastActivity.current = performance.now();
      if (!POINTING.has(event.type)) return;
      // A browser may report a resting pointer again when the slide under it changes.
      if (event instanceof MouseEvent && event.type === 'pointermove') {
        const position = `${event.screenX},${event.screenY}`;
        if (position === at) return;
        at = position;
      }
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), quietMs);
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    };
  }, [quietMs]);
  return { idle, lastActivity };
}
