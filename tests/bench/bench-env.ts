import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

function runsFrom(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Runs per figure of byte counts and browser timings: `BENCH_RUNS`, 5 by default. */
export const RUNS = runsFrom('BENCH_RUNS', 5);
/**
 * Lighthouse runs per cell: `BENCH_LIGHTHOUSE_RUNS`, 5 by default, as the issue asks of every
 * median in the table. A run takes ~10–14 s on 2 cores; the whole bench then takes ~8 minutes.
 */
export const LIGHTHOUSE_RUNS = runsFrom('BENCH_LIGHTHOUSE_RUNS', 5);

/** The middle value (the upper middle of an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** `times` runs of `measure`, one after another (never in parallel: they share two cores). */
export async function repeat<T>(times: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await measure(run));
  return results;
}

function versionOf(name: string): string {
  const file = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Where and with what the figures were taken, for the head of RESULTS.md. */
export function machine(chromium: string): string[] {
  const cores = cpus();
  return [
    `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB memory`,
    `Versions: node ${process.version.slice(1)}, chromium ${chromium}, lighthouse ${versionOf('lighthouse')}, react ${versionOf('react')}, recharts ${versionOf('recharts')}, vite ${versionOf('vite')}`,
  ];
}
