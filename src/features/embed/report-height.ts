import { useEffect, type RefObject } from 'react';
import { messageTarget, RESIZE_MESSAGE } from '../../settings/embed-message.ts';

/**
 * Tells the host page the content's height whenever it changes, growing or shrinking
 * (CONTRACT §3): data loaded, window resized, a table opened, fonts arrived. It measures the
 * content, never the viewport, so a host resizing the iframe cannot set off another message.
 * `parentOrigin` is `?parentOrigin=` as the link gives it: when it is not an origin, nothing is
 * sent at all (and the console says why), rather than heights to any page.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, parentOrigin: string | null) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    const target = messageTarget(parentOrigin);
    if (target.kind === 'refused') {
      console.warn(`Embed: ${target.reason}.`);
      return;
    }
    const targetOrigin = target.kind === 'origin' ? target.origin : '*';
    let sent = -1;
    let timer = 0;
    const send = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === sent || height <= 0) return;
      sent = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, targetOrigin);
    };
    // Timers, not animation frames: a browser runs no frames, and no ResizeObserver, in a
    // cross-origin iframe below the host's first screen, which must be sized all the same.
    const report = () => {
      clearTimeout(timer);
      timer = window.setTimeout(send, 30);
    };
    const resized = new ResizeObserver(report);
    resized.observe(element);
    const changed = new MutationObserver(report);
    changed.observe(element, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    window.addEventListener('resize', report);
    void document.fonts?.ready.then(report);
    report();
    return () => {
      resized.disconnect();
      changed.disconnect();
      window.removeEventListener('resize', report);
      clearTimeout(timer);
    };
  }, [ref, parentOrigin]);
}
