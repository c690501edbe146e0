import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse.ts';
import type { DatasetFile } from '../../src/dataset/schema.ts';
import { downloadOf, STRICT_CSP } from './export-helpers.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The yearly update end to end, in the built app under the strict CSP: the shipped file without
// the 2024 rule-of-law report's figures, the report's excerpts (../shared/sources: the part of
// S2 that was read) pasted in, each proposal confirmed as the person keeping the data would, and
// the downloaded file compared with what the shipped file holds for those figures.
const SHIPPED = JSON.parse(readFileSync('public/data/dongcheng.json', 'utf8')) as DatasetFile;
const REPORT = 'fzzf-2024';
const removed = SHIPPED.observations.filter((o) => o.source === REPORT);
const without: DatasetFile = {
  ...SHIPPED,
  observations: SHIPPED.observations.filter((o) => o.source !== REPORT),
};
const DATA = 'data/without-2024-report.json';
/** The excerpts, each as the source words it, one a line. */
const EXCERPTS = `${removed.map((o) => o.quote).join('。\n')}。`;

describeInChromium('adding a year’s report in the browser', () => {
  const served = serveAppInChromium(
    { [DATA]: JSON.stringify(without, null, 2) },
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );

  it('gives back the figures the shipped file holds for the 2024 report', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${served.url}?lang=en&data=${DATA}#/update`);
    await page.getByRole('textbox', { name: 'Report text' }).fill(EXCERPTS);
    await page.getByRole('spinbutton', { name: 'Report year' }).fill('2024');
    const title = SHIPPED.sources.find((s) => s.id === REPORT)?.title;
    await page
      .getByRole('textbox', { name: 'Source title' })
      .fill(typeof title === 'string' ? title : (title?.zh ?? ''));
    await page.getByRole('button', { name: 'Find figures' }).click();
    await page.getByRole('heading', { name: /^4 figures found/ }).waitFor();

    const card = (n: number) => page.getByRole('listitem', { name: new RegExp(`^Figure ${n} `) });
    // 3: the scope word changed (区级 → 区、街): the editor says the series breaks.
    await card(3).getByRole('radio', { name: 'Definition changed: not compared' }).check();
    // 4: offered as a new metric; the editor knows it continues the reform tasks, counted anew.
    await card(4)
      .getByRole('combobox', { name: 'Continues metric' })
      .selectOption('biz_env_key_tasks');
    await card(4).getByRole('radio', { name: 'Definition changed: not compared' }).check();
    await page.getByRole('button', { name: 'Accept all proposals' }).click();
    const changes = page.getByRole('region', { name: 'Check and changes' });
    await changes.getByText('The new data file passes every check of the dashboard.').waitFor();

    const file = await downloadOf(page, () =>
      changes.getByRole('button', { name: 'Download dataset' }).click(),
    );
    expect(file.name).toBe('without-2024-report.json');
    const dataset = parseDataset(file.bytes.toString('utf8'), 'new.json');
    const got = dataset.metrics.flatMap((m) =>
      m.observations.filter((o) => o.source.id === REPORT),
    );
    expect(got.map((o) => o.metricId).sort()).toEqual(removed.map((o) => o.metric).sort());
    for (const want of removed) {
      const o = got.find((g) => g.metricId === want.metric);
      expect(o).toMatchObject({
        year: want.year,
        value: want.value,
        qualifier: want.qualifier ?? 'exact',
        comparableWithPrevious: want.comparableWithPrevious ?? true,
      });
      // The quote is the report's own words: the shipped one, or the clause of it holding the
      // figure (撤销2支行政执法队伍 of "撤销2支行政执法队伍,相关执法职责回归机关").
      expect(want.quote.startsWith(o?.quote ?? '∅')).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
