import { useEffect, useRef, useState } from 'react';

const ACTIVITY = [
  'pointermove',
  'pointerdown',
  'keydown',
  'wheel',
  'touchstart',
  'focusin',
] as const;

/**
 * The time of the latest pointer, key or focus activity, kept without re-rendering, and
 * whether none has happened for `quietMs`: on-screen controls fade then, and come back
 * on the next movement.
 */
export function useIdle(quietMs: number) {
  const lastActivity = useRef(-Infinity);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), quietMs);
    const onActivity = () => {
      lastActivity.current = performance.now();
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
