import { useSyncExternalStore } from 'react';
import { undrawnCharts } from './chart/drawn.ts';

/*
 * Charts draw only when scrolled near, but a printout holds every chart. Once printing is
 * asked for (the Print button, Ctrl+P / ⌘P, the browser's own menu, or print emulation), every
 * chart draws, and stays drawn: redrawing after the dialog closes would gain nothing.
 */
const listeners = new Set<() => void>();
let listening = false;

/** The print latch: set once printing is asked for, and kept. Specs reset it between tests. */
export const printLatch = {
  everyChart: false,
  reset() {
    this.everyChart = false;
    for (const listener of listeners) listener();
  },
};

/** Makes every chart on the page draw now. */
export function drawEveryChart(): void {
  if (printLatch.everyChart) return;
  printLatch.everyChart = true;
  for (const listener of listeners) listener();
}

/** Resolves once every chart on the page has drawn (or after `timeout` ms, with what there is). */
export async function everyChartDrawn(timeout = 10_000): Promise<void> {
  drawEveryChart();
  const start = performance.now();
  while (undrawnCharts().length && performance.now() - start < timeout)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  await document.fonts.ready;
}

/** Draws every chart, then opens the browser's print dialog. */
export async function printPage(): Promise<void> {
  await everyChartDrawn();
  window.print();
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', drawEveryChart);
  window.matchMedia?.('print').addEventListener?.('change', (e) => e.matches && drawEveryChart());
  // The keyboard's print waits for the charts to draw; the browser's own would not.
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
      e.preventDefault();
      void printPage();
    }
  });
}

function subscribe(listener: () => void) {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once printing is asked for: the chart then draws whether or not it is near the screen. */
export function useDrawEveryChart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printLatch.everyChart,
    () => false,
  );
}
