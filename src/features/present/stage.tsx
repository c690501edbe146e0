import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The stage every slide is laid out on, in CSS px: type sizes are fractions of its height. */
export const STAGE = { width: 1920, height: 1080 } as const;

/**
 * A fixed 16:9 stage scaled to fit its frame: letterboxed, never distorted, never
 * scrolling, so a slide looks the same on a laptop and on a 1920×1080 projector.
 */
export function Stage({ children, label }: { children: ReactNode; label?: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ scale: 0, x: 0, y: 0 });
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = () => {
      const { width, height } = element.getBoundingClientRect();
      const scale = Math.min(width / STAGE.width, height / STAGE.height);
      setBox({
        scale,
        x: (width - STAGE.width * scale) / 2,
        y: (height - STAGE.height * scale) / 2,
      });
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frame} className="stage-frame">
      <div
        className="stage"
        role="group"
        aria-label={label}
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(${box.x}px, ${box.y}px) scale(${box.scale})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}
