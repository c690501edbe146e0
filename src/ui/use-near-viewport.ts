import { useEffect, useRef, useState } from 'react';

/**
 * True once the element has come within a screen of the viewport, and from then on.
 * Pages with dozens of charts draw only those a reader is about to see. Where the browser
 * has no IntersectionObserver, everything counts as near.
 */
export function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return { ref, near };
}
