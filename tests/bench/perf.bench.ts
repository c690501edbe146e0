import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { launchChromium } from '../e2e/chromium.ts';
import { LIGHTHOUSE_RUNS, RUNS, machine, median, repeat } from './bench-env.ts';
import { serveBenchSite, type BenchSite } from './bench-servers.ts';
import { exportRows } from './export-times.ts';
import { overviewLoad } from './in-browser-timings.ts';
import { javascriptForAction, javascriptToFirstChart, type Fetched } from './js-to-first-chart.ts';
import { lighthouseRows } from './lighthouse-rows.ts';
import { modelRows } from './model-rows.ts';
import { overviewRows } from './overview-rows.ts';
import { proposalRows } from './proposal-rows.ts';
import { format, markdownTable, timesFloor, writeResults, type Row } from './results-table.ts';
import { repeatedDataset } from './synthetic-dataset.ts';
import { firstMetrics, trendsLoad, trendsRows } from './trends-timings.ts';

// Not a test: `npm run bench` prints one table of figures and writes it to RESULTS.md.
const METRIC = 'jsjb_requests';
const sizes = [1, 10, 100] as const;
const datasets = Object.fromEntries(sizes.map((n) => [`data/x${n}.json`, repeatedDataset(n)]));
const groups = new Map<string, Row[]>();
const add = (rows: Row[]) => {
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
};

let declared = 0;
let completed = 0;
/** A part of the bench: a test that counts whether it ran to its end. */
function part(name: string, measure: () => Promise<void> | void, timeout?: number) {
  declared += 1;
  test(
    name,
    async () => {
      await measure();
      completed += 1;
    },
    timeout,
  );
}

let site: BenchSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveBenchSite(datasets);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  const rows = [...groups.values()].flat();
  const table = markdownTable(rows);
  const header = [
    ...machine(browser?.version() ?? 'unknown'),
    `Runs: medians of ${RUNS} runs per figure (BENCH_RUNS), of ${LIGHTHOUSE_RUNS} per Lighthouse cell (BENCH_LIGHTHOUSE_RUNS).`,
  ];
  console.log(`\n${header.join('\n')}\n\n${table}\n`);
  // A filtered (-t) or failed run prints what it has but leaves the record of full runs alone.
  if (completed === declared) await writeResults(header, table);
  else console.log('RESULTS.md not written: some parts of the bench were skipped or failed.');
  await browser?.close();
  await site?.close();
});

part(
  'JavaScript fetched until the first chart draws, ours and the floor app',
  async () => {
    const views = [
      { name: 'overview `#/`', link: '#/', target: timesFloor(1.15) },
      { name: 'metric page', link: `#/metric/${METRIC}` },
      { name: 'presentation `#/present/3`', link: '#/present/3' },
      { name: 'embed `#/embed/metric/…`', link: `#/embed/metric/${METRIC}`, target: timesFloor(1) },
    ];
    const ours: Fetched[][] = views.map(() => []);
    const floor: Fetched[] = [];
    // Interleaved, so that a busy spell on the machine falls on every view alike.
    await repeat(RUNS, async () => {
      for (const [i, view] of views.entries())
        ours[i]?.push(await javascriptToFirstChart(browser, `${site.ours}${view.link}`));
      floor.push(await javascriptToFirstChart(browser, site.floor));
    });
    const group = 'JS until the first chart';
    add(
      views.flatMap((view, i) => {
        const runs = ours[i] ?? [];
        const files = median(runs.map((r) => r.files));
        return (['gzip', 'brotli'] as const).map((packing) => ({
          group,
          what: `${view.name}, ${files} files, ${packing}`,
          ours: median(runs.map((r) => r[packing])),
          floor: median(floor.map((r) => r[packing])),
          show: format.kib,
          target: view.target,
        }));
      }),
    );
    // The PowerPoint writer is not in the presentation's start-up JS above: it loads on download.
    const writer = await repeat(RUNS, () =>
      javascriptForAction(browser, `${site.ours}#/present/3`, async (page) => {
        await page.mouse.move(400, 300);
        await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.locator('.present-controls .deck-downloads button').first().click(),
        ]);
      }),
    );
    add(
      (['gzip', 'brotli'] as const).map((packing) => ({
        group: 'JS for Download PowerPoint, after the first chart',
        what: `presentation, ${median(writer.map((r) => r.files))} files, ${packing}`,
        ours: median(writer.map((r) => r[packing])),
        show: format.kib,
      })),
    );
    // Nor is the Word brief's (docx) in the overview's: it loads on its button.
    const brief = await repeat(RUNS, () =>
      javascriptForAction(browser, `${site.ours}?lang=en#/`, async (page) => {
        await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name: 'Download Word brief' }).click(),
        ]);
      }),
    );
    add(
      (['gzip', 'brotli'] as const).map((packing) => ({
        group: 'JS for Download Word brief, after the first chart',
        what: `overview, ${median(brief.map((r) => r.files))} files, ${packing}`,
        ours: median(brief.map((r) => r[packing])),
        show: format.kib,
      })),
    );
  },
  600_000,
);

part(
  'Lighthouse 12, mobile and desktop, ours and the floor app in the same run',
  async () => {
    add(
      await lighthouseRows({
        overview: `${site.ours}#/`,
        embed: `${site.ours}#/embed/metric/${METRIC}`,
        floor: site.floor,
      }),
    );
  },
  900_000,
);

part(
  'In Chromium, the overview on the shipped file and on copies 1×, 10× and 100× its size',
  async () => {
    add(overviewRows(0, await repeat(RUNS, () => overviewLoad(browser, `${site.ours}#/`))));
    for (const n of sizes) {
      const runs = await repeat(RUNS, () =>
        overviewLoad(browser, `${site.ours}?data=data/x${n}.json#/`),
      );
      add(overviewRows(n, runs));
    }
  },
  900_000,
);

part(
  'In Chromium, a trends link with 40 metrics and a search of the metric list',
  async () => {
    for (const n of [1, 10] as const) {
      const text = datasets[`data/x${n}.json`] ?? '{}';
      const url = `${site.ours}?data=data/x${n}.json&metrics=${firstMetrics(text, 40)}#/trends`;
      add(trendsRows(n, await repeat(RUNS, () => trendsLoad(browser, url))));
    }
  },
  600_000,
);

part('In node, every change and sentence of the model', () => {
  add(modelRows([1, 10], (n) => datasets[`data/x${n}.json`] ?? ''));
});

part("Proposals for a year's report, against the shipped file", () => {
  add(proposalRows());
});

part(
  'In Chromium, exports of a chart and of the overview',
  async () => add(await exportRows(browser, site.ours, METRIC)),
  300_000,
);
