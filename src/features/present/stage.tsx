import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The stage every slide is laid out on, in CSS px: type sizes are fractions of its height. */
export const STAGE = { width: 1920, height: 1080 } as const;

/**
 * The letterbox below the stage, in screen px, from which the controls sit there at their own
 * size rather than on the stage's band (56 stage px kept free of text at every slide's foot).
 */
const ROOM_BELOW = 72;

/**
 * A fixed 16:9 stage scaled to fit its frame: letterboxed, never distorted, never
 * scrolling, so a slide looks the same on a laptop and on a 1920×1080 projector. `overlay`
 * (the controls) sits outside the slide's group: in the letterbox below the stage where the
 * window has room (a tall window, a phone), else on the band at the stage's foot, at its scale.
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
  const [box, setBox] = useState({ scale: 0, x: 0, y: 0, below: 0 });
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = () => {
      const { width, height } = element.getBoundingClientRect();
      const scale = Math.min(width / STAGE.width, height / STAGE.height);
      const y = (height - STAGE.height * scale) / 2;
      setBox({ scale, x: (width - STAGE.width * scale) / 2, y, below: y });
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
      {overlay &&
        (box.below >= ROOM_BELOW ? (
          <div className="stage-below" style={{ height: box.below }}>
            {overlay}
          </div>
        ) : (
          <div className="stage-overlay" style={placed}>
            {overlay}
          </div>
        ))}
    </div>
  );
}
