import { useEffect, type RefObject } from 'react';
import { RESIZE_MESSAGE } from '../../settings/embed-message.ts';

/**
 * Tells the host page the content's height whenever it changes, growing or shrinking
 * (CONTRACT §3): data loaded, window resized, a table opened, fonts arrived. It measures the
 * content, never the viewport, so a host resizing the iframe cannot set off another message.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, targetOrigin: string | null) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let sent = -1;
    let frame = 0;
    const report = () => {
      cancelAnimationFrame(frame);
      // One message per frame at most, and only for a real change.
      frame = requestAnimationFrame(() => {
        const height = Math.ceil(element.getBoundingClientRect().height);
        if (height === sent || height <= 0) return;
        sent = height;
        window.parent.postMessage({ type: RESIZE_MESSAGE, height }, targetOrigin ?? '*');
      });
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    void document.fonts?.ready.then(report);
    report();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref, targetOrigin]);
}
