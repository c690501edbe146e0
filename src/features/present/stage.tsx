import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The stage every slide is laid out on, in CSS px: type sizes are fractions of its height. */
export const STAGE = { width: 1920, height: 1080 } as const;

/** The line at the foot of every slide kept free of text, where the controls appear. */
export const CONTROLS_BAND = 56;

/**
 * A fixed 16:9 stage scaled to fit its frame: letterboxed, never distorted, never
 * scrolling, so a slide looks the same on a laptop and on a 1920×1080 projector. `overlay`
 * is laid on the stage at the same scale, outside the slide's group (its controls).
 */
export function Stage({
  children,
  label,
  overlay,
}: {
  children: ReactNode;
  label?: string;
  overlay?: ReactNode;
}) {
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
  const placed = {
    width: STAGE.width,
    height: STAGE.height,
    transform: `translate(${box.x}px, ${box.y}px) scale(${box.scale})`,
  };
  return (
    <div ref={frame} className="stage-frame">
      <div className="stage" role="group" aria-label={label} style={placed}>
        {children}
      </div>
      {overlay && (
        <div className="stage-overlay" style={placed}>
          {overlay}
        </div>
      )}
    </div>
  );
}
