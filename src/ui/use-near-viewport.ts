import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * True once the element has come within a screen of the viewport, and from then on.
 * Pages with dozens of charts draw only those a reader is about to see. Where the browser
 * has no IntersectionObserver, everything counts as near. `root` and `margin` narrow it to a
 * scrolling list (the slide thumbnails of the Arrange panel).
 */
export function useNearViewport<T extends Element>({
  root,
  margin = '100% 0px',
}: { root?: RefObject<Element | null>; margin?: string } = {}) {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { root: root?.current ?? null, rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, root, margin]);
  return { ref, near };
}
