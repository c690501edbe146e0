import type { ComponentType } from 'react';
import type { ChartDrawing } from '../../model/chart-spec/chart-spec.ts';
import type { DrawingProps } from './draw/drawing-props.ts';
import { FactDrawing } from './draw/fact-drawing.tsx';
import { ListDrawing } from './draw/list-drawing.tsx';

export type DrawingKind = ChartDrawing['kind'];

type DrawingComponent<K extends DrawingKind> = ComponentType<DrawingProps<K>>;

/** How a kind of drawing is drawn: text at once, or a plot whose code loads when first needed. */
export type DrawingEntry<K extends DrawingKind> =
  | { text: true; component: DrawingComponent<K> }
  | {
      text: false;
      /** The drawing's code (Recharts), fetched the first time a chart of this kind draws. */
      load: () => Promise<{ default: DrawingComponent<K> }>;
      /** The plot's height in px where the variant fixes it: an exported image, a printed page. */
      fixedHeight: { export: number; print: number };
    };

/**
 * Every kind of drawing, in one table. A new kind is one entry here and its drawing file in
 * draw/ (with its specification in model/chart-spec); the chart frame, the drawing queue,
 * printing and export read this table and the frame's data-drawn mark, never the kinds by name.
 */
export const drawings = {
  trend: {
    text: false,
    load: () => import('./draw/trend-drawing.tsx'),
    fixedHeight: { export: 300, print: 180 },
  },
  change: {
    text: false,
    load: () => import('./draw/change-drawing.tsx'),
    fixedHeight: { export: 260, print: 170 },
  },
  index: {
    text: false,
    load: () => import('./draw/index-drawing.tsx'),
    fixedHeight: { export: 400, print: 300 },
  },
  list: { text: true, component: ListDrawing },
  fact: { text: true, component: FactDrawing },
} as const satisfies { [K in DrawingKind]: DrawingEntry<K> };

/** The kinds drawn by a plotting library: they wait to be near the screen, then for their turn. */
export type PlotKind = {
  [K in DrawingKind]: (typeof drawings)[K]['text'] extends false ? K : never;
}[DrawingKind];

/** The entry of a kind, typed for that kind: TypeScript cannot narrow a table by a generic key. */
export const drawingOf = <K extends DrawingKind>(kind: K) =>
  drawings[kind] as unknown as DrawingEntry<K>;
