import { useEffect, useState, type ComponentType, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { DrawingProps } from './draw/drawing-props.ts';
import { drawingOf, type PlotKind } from './drawings.ts';

/** The plot drawings whose code is in, to render at once rather than through React.lazy. */
export const loadedDrawings: { [K in PlotKind]?: ComponentType<DrawingProps<K>> } = {};

/** Fetches a plot drawing's code (see the table in drawings.ts) and keeps it for loadedDrawings. */
export function loadDrawing<K extends PlotKind>(
  kind: K,
): Promise<{ default: ComponentType<DrawingProps<K>> }> {
  const entry = drawingOf(kind);
  if (entry.text) throw new Error(`${kind} is text: it has no code to load`);
  return entry.load().then((module) => {
    (loadedDrawings as Record<K, ComponentType<DrawingProps<K>>>)[kind] = module.default;
    return module;
  });
}

interface Turn {
  kind: PlotKind;
  start: () => void;
}

/** The charts waiting for their turn to draw, and whether one is drawing: reset by specs. */
export const drawQueue = {
  waiting: [] as Turn[],
  running: false,
  reset() {
    this.waiting.length = 0;
    this.running = false;
  },
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Charts that come near the screen take turns to draw, in the order they asked: each once its
 * drawing's code is in, each in a task of its own. Scrolling a screen of charts into view then
 * shows the first at once and never blocks the page for all of them together.
 */
async function drawInTurn() {
  drawQueue.running = true;
  for (let turn = drawQueue.waiting.shift(); turn; turn = drawQueue.waiting.shift()) {
    // A failed load is left to the drawing itself, which shows it in the chart's frame.
    await loadDrawing(turn.kind).catch(() => undefined);
    flushSync(turn.start);
    await nextTask();
  }
  drawQueue.running = false;
}

function requestTurn(turn: Turn): () => void {
  drawQueue.waiting.push(turn);
  if (!drawQueue.running) void drawInTurn();
  return () => {
    const index = drawQueue.waiting.indexOf(turn);
    if (index >= 0) drawQueue.waiting.splice(index, 1);
  };
}

/**
 * Once a chart of `kind` that is `wanted` has had its turn to draw (see drawInTurn): the width
 * of `frame` at that moment in px (0 if unknown), so the drawing can start at its size; null
 * before.
 */
export function useDrawTurn(
  kind: PlotKind | null,
  wanted: boolean,
  frame: RefObject<HTMLElement | null>,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  const drawn = width !== null;
  // The browser's own print menu lays the pages out right after `beforeprint`, with no time to
  // fetch code: a chart far down the page has its drawing's code in by then, fetched when idle.
  useEffect(() => {
    if (kind === null) return;
    const fetch = () => void loadDrawing(kind).catch(() => undefined);
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(fetch, 2000);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(fetch, { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, [kind]);
  useEffect(() => {
    if (!wanted || drawn || kind === null) return;
    return requestTurn({ kind, start: () => setWidth(frame.current?.clientWidth ?? 0) });
  }, [wanted, drawn, kind, frame]);
  return width;
}
