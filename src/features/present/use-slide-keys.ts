import { useEffect, useRef, useState } from 'react';

export interface SlideKeyActions {
  go: (slide: number) => void;
  current: number;
  total: number;
  fullScreen?: () => void;
  exit?: () => void;
}

/** How long typed digits wait for Enter before they are forgotten. */
const DIGITS_FORGOTTEN_MS = 4000;

// Space and Enter on a focused control press that control; the slides must not move as well.
const pressesControl = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('button, a, select, input, textarea') !== null;

/**
 * Keys and presenter clickers (which send PageDown/PageUp or the arrows): next, previous,
 * first, last, full screen, leave, and digits then Enter to jump. Returns the digits typed so far.
 */
export function useSlideKeys(actions: SlideKeyActions): string {
  const [digits, setDigits] = useState('');
  const latest = useRef({ actions, digits });
  useEffect(() => {
    latest.current = { actions, digits };
  });
  useEffect(() => {
    if (!digits) return;
    const timer = setTimeout(() => setDigits(''), DIGITS_FORGOTTEN_MS);
    return () => clearTimeout(timer);
  }, [digits]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // A dialog over the slides (arranging them) keeps its keys.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const { actions: a, digits: typed } = latest.current;
      const move = (slide: number) => a.go(Math.min(Math.max(slide, 1), a.total));
      const key = event.key;
      if (/^\d$/.test(key)) {
        setDigits((d) => (d + key).slice(-4));
      } else if (key === 'Enter' && typed) {
        move(Number(typed));
        setDigits('');
      } else if (key === 'Backspace' && typed) {
        setDigits(typed.slice(0, -1));
      } else if (key === 'Escape' && typed) {
        setDigits('');
      } else if (
        key === 'ArrowRight' ||
        key === 'PageDown' ||
        (key === ' ' && !pressesControl(event.target))
      ) {
        move(a.current + 1);
      } else if (key === 'ArrowLeft' || key === 'PageUp') {
        move(a.current - 1);
      } else if (key === 'Home') {
        move(1);
      } else if (key === 'End') {
        move(a.total);
      } else if ((key === 'f' || key === 'F') && a.fullScreen) {
        a.fullScreen();
      } else if (key === 'Escape' && a.exit) {
        a.exit();
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return digits;
}
