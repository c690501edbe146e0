import { writeFileSync } from 'node:fs';
import { format as prettier, resolveConfig } from 'prettier';

/** How a figure is printed, and in which unit. */
export const format = {
  kib: (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`,
  ms: (ms: number) => `${Math.round(ms)} ms`,
  s: (ms: number) => `${(ms / 1000).toFixed(2)} s`,
  mb: (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`,
  score: (score: number) => `${Math.round(score)}`,
  cls: (cls: number) => cls.toFixed(3),
  count: (n: number) => `${n}`,
} as const;

export interface Target {
  /** As the issue states it, e.g. "≤ 1.15× floor". */
  text: string;
  met: (ours: number, floor: number | undefined) => boolean;
}

export interface Row {
  group: string;
  what: string;
  /** null: not measured yet (the feature is not there). */
  ours: number | null;
  /** The floor app's figure, where the floor app has the same thing to measure. */
  floor?: number;
  show: (value: number) => string;
  target?: Target;
}

export const atMost = (limit: number, text: string): Target => ({ text, met: (v) => v <= limit });
export const atLeast = (limit: number, text: string): Target => ({ text, met: (v) => v >= limit });
export const timesFloor = (factor: number): Target => ({
  text: `≤ ${factor.toFixed(2)}× floor`,
  met: (v, floor) => floor !== undefined && v <= factor * floor,
});

function cells(row: Row): string[] {
  const ratio = row.ours !== null && row.floor ? `${(row.ours / row.floor).toFixed(2)}×` : '';
  const met =
    !row.target || row.ours === null || Number.isNaN(row.ours)
      ? ''
      : row.target.met(row.ours, row.floor)
        ? 'met'
        : '**not met**';
  return [
    row.group,
    row.what,
    row.ours === null ? 'not measured yet' : row.show(row.ours),
    row.floor === undefined ? '' : row.show(row.floor),
    ratio,
    row.target?.text ?? '',
    met,
  ];
}

/** The one table of `npm run bench`, as Markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const head = ['group', 'measure', 'ours', 'floor', 'ours/floor', 'target', 'met'];
  const lines = [head, head.map(() => '---'), ...rows.map(cells)];
  return lines.map((cols) => `| ${cols.join(' | ')} |`).join('\n');
}

/** Writes tests/bench/RESULTS.md as Prettier lays it out, so that `npm run check` accepts it. */
export async function writeResults(header: readonly string[], table: string): Promise<void> {
  const file = new URL('./RESULTS.md', import.meta.url);
  const lines = [
    '# Benchmark results (`npm run bench`)',
    '',
    ...header.map((l) => `${l}  `),
    '',
    table,
  ];
  const options = await resolveConfig(file);
  writeFileSync(file, await prettier(lines.join('\n'), { ...options, parser: 'markdown' }));
}
