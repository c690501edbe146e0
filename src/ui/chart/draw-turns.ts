import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export type DrawnKind = 'trend' | 'change' | 'index';

/** The code of each Recharts drawing, fetched the first time a chart of its kind draws. */
export const drawingModules = {
  trend: () => import('./draw/trend-drawing.tsx'),
  change: () => import('./draw/change-drawing.tsx'),
  index: () => import('./draw/index-drawing.tsx'),
} satisfies Record<DrawnKind, () => Promise<unknown>>;

type Drawings = { [K in DrawnKind]: Awaited<ReturnType<(typeof drawingModules)[K]>>['default'] };

/** The drawings whose code is in, to render at once rather than through React.lazy. */
export const loadedDrawings: Partial<Drawings> = {};

/** Fetches a drawing's code and keeps its component for loadedDrawings. */
export function loadDrawing<K extends DrawnKind>(kind: K): Promise<{ default: Drawings[K] }> {
  const load = drawingModules[kind] as () => Promise<{ default: Drawings[K] }>;
  return load().then((module) => {
    loadedDrawings[kind] = module.default;
    return module;
  });
}

interface Turn {
  kind: DrawnKind;
  start: () => void;
}

const waiting: Turn[] = [];
let running = false;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Charts that come near the screen take turns to draw, in the order they asked: each once its
 * drawing's code is in, each in a task of its own. Scrolling a screen of charts into view then
 * shows the first at once and never blocks the page for all of them together.
 */
async function drawInTurn() {
  running = true;
  for (let turn = waiting.shift(); turn; turn = waiting.shift()) {
    // A failed load is left to the drawing itself, which shows it in the chart's frame.
    await loadDrawing(turn.kind).catch(() => undefined);
    flushSync(turn.start);
    await nextTask();
  }
  running = false;
}

function requestTurn(turn: Turn): () => void {
  waiting.push(turn);
  if (!running) void drawInTurn();
  return () => {
    const index = waiting.indexOf(turn);
    if (index >= 0) waiting.splice(index, 1);
  };
}

/**
 * Once a chart of `kind` that is `wanted` has had its turn to draw (see drawInTurn): the width
 * of `frame` at that moment in px (0 if unknown), so the drawing can start at its size; null
 * before.
 */
export function useDrawTurn(
  kind: DrawnKind | null,
  wanted: boolean,
  frame: RefObject<HTMLElement | null>,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  const drawn = width !== null;
  useEffect(() => {
    if (!wanted || drawn || kind === null) return;
    return requestTurn({ kind, start: () => setWidth(frame.current?.clientWidth ?? 0) });
  }, [wanted, drawn, kind, frame]);
  return width;
}
