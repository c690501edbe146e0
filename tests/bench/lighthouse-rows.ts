import { LIGHTHOUSE_RUNS, median, repeat } from './bench-env.ts';
import { runLighthouse, type LighthouseFigures, type Preset } from './lighthouse-run.ts';
import { atLeast, atMost, format, timesFloor, type Row, type Target } from './results-table.ts';

interface Urls {
  overview: string;
  embed: string;
  /** The floor app has one page: it stands beside both of ours. */
  floor: string;
}

type Cell = `${Preset}:${'overview' | 'embed' | 'floor'}`;

const full = atLeast(100, '100');

function rowsFor(
  preset: Preset,
  page: 'overview' | 'embed',
  ours: LighthouseFigures[],
  floor: LighthouseFigures[],
): Row[] {
  const group = `Lighthouse ${preset}, ${page === 'overview' ? 'overview `#/`' : 'embed `#/embed/metric/…`'}`;
  const at = (runs: LighthouseFigures[], key: keyof LighthouseFigures) =>
    median(runs.map((r) => r[key]));
  const row = (
    what: string,
    key: keyof LighthouseFigures,
    show: (v: number) => string,
    target?: Target,
    withFloor = true,
  ): Row => ({
    group,
    what,
    ours: at(ours, key),
    floor: withFloor ? at(floor, key) : undefined,
    show,
    target,
  });
  return [
    row(
      'performance score',
      'performance',
      format.score,
      preset === 'mobile' ? atLeast(97, '≥ 97') : full,
    ),
    row('FCP', 'fcp', format.s),
    row('LCP', 'lcp', format.s, preset === 'mobile' ? timesFloor(1.25) : undefined),
    row('TBT', 'tbt', format.ms),
    row('CLS', 'cls', format.cls, atMost(0.02, '≤ 0.02')),
    row('accessibility score', 'accessibility', format.score, full, false),
    row('best-practices score', 'bestPractices', format.score, full, false),
  ];
}

/**
 * Every cell's Lighthouse runs, interleaved (run 1 of every cell, then run 2…), so that ours
 * and the floor app meet the same moments of a shared machine.
 */
export async function lighthouseRows(urls: Urls): Promise<Row[]> {
  const runs = new Map<Cell, LighthouseFigures[]>();
  const presets: Preset[] = ['mobile', 'desktop'];
  await repeat(LIGHTHOUSE_RUNS, async () => {
    for (const preset of presets)
      for (const page of ['overview', 'embed', 'floor'] as const) {
        const cell: Cell = `${preset}:${page}`;
        runs.set(cell, [...(runs.get(cell) ?? []), await runLighthouse(urls[page], preset)]);
      }
  });
  const of = (cell: Cell) => runs.get(cell) ?? [];
  return presets.flatMap((preset) =>
    (['overview', 'embed'] as const).flatMap((page) =>
      rowsFor(preset, page, of(`${preset}:${page}`), of(`${preset}:floor`)),
    ),
  );
}
