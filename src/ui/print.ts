import { useSyncExternalStore } from 'react';
import { undrawnCharts } from './chart/drawn.ts';

/*
 * Charts draw only when scrolled near, but a printout holds every chart. Once printing is
 * asked for (the Print button, Ctrl+P / ⌘P, the browser's own menu, or print emulation), every
 * chart draws, and stays drawn: redrawing after the dialog closes would gain nothing.
 */
const listeners = new Set<() => void>();
let listening = false;

/**
 * The print latch: `everyChart` is set once printing is asked for, and kept; `printing` holds
 * while the page is being printed (from the Print button or the browser's own `beforeprint`
 * until `afterprint`, or while print media is emulated), when charts draw at their printed
 * size. Specs reset both between tests.
 */
export const printLatch = {
  everyChart: false,
  printing: false,
  reset() {
    this.everyChart = false;
    this.printing = false;
    for (const listener of listeners) listener();
  },
};

function setPrinting(printing: boolean): void {
  if (printing) drawEveryChart();
  if (printLatch.printing === printing) return;
  printLatch.printing = printing;
  for (const listener of listeners) listener();
}

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

/**
 * Lays the page out at its printed size and draws every chart, then opens the browser's print
 * dialog. The browser's own menu gets the same layout from `beforeprint`.
 */
export async function printPage(): Promise<void> {
  setPrinting(true);
  await everyChartDrawn();
  window.print();
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // React renders a store's change in a microtask, which runs before the browser lays the
  // pages out: charts whose code is in draw at their printed size in time for the menu's print.
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
  window.matchMedia?.('print').addEventListener?.('change', (e) => setPrinting(e.matches));
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

/** True while the page is being printed: charts then draw at their printed size (print-page.ts). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printLatch.printing,
    () => false,
  );
}
