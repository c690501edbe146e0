import { median } from './bench-env.ts';
import type { LoadFigures } from './in-browser-timings.ts';
import { atMost, format, type Row, type Target } from './results-table.ts';

/**
 * The table's rows for the overview's loads on the dataset ×n (0: the shipped file at its
 * own address, which the build validated); targets only at ×100.
 */
export function overviewRows(n: number, runs: readonly LoadFigures[]): Row[] {
  const group =
    n === 0
      ? 'overview on the shipped file, validated at build time (Chromium)'
      : `overview on the dataset ×${n}, validated in the page (Chromium)`;
  // The issue states its targets for the copy 100× the shipped dataset.
  const row = (key: keyof LoadFigures, what: string, show = format.ms, target?: Target): Row => ({
    group,
    what,
    ours: median(runs.map((r) => r[key])),
    show,
    target: n === 100 ? target : undefined,
  });
  return [
    row('parse', 'parse and validate', format.ms, atMost(300, '< 300 ms')),
    row('kpis', 'headline KPI cards shown'),
    row('firstChart', 'first chart drawn', format.ms, atMost(1500, '< 1.5 s')),
    row('yearSwitch', 'focus-year switch', format.ms, atMost(100, '< 100 ms')),
    row('heap', 'JS heap after load (after GC)', format.mb, atMost(150 * 2 ** 20, '< 150 MB')),
    row('longestTask', 'longest long task', format.ms, atMost(200, '≤ 200 ms')),
  ];
}
