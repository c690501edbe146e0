import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/dataset/json-schema.ts';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { yearSentence } from '../../../src/model/wording/sentence.ts';

const text = readFileSync('public/data/dongcheng.json', 'utf8');
const checker = '../shared/tools/check-dataset-sources.mjs';

// The only spec that depends on what the shipped file says: the other specs run on tests/fixtures,
// so a correct new figure in it can break nothing but these checks of the file itself.
describe('the shipped Dongcheng dataset', () => {
  const dataset = parseDataset(text, 'data/dongcheng.json');

  it('passes validation with no warnings', () => {
    expect(dataset.warnings).toEqual([]);
  });

  it('has every figure traceable to a quote in the published sources', () => {
    expect(
      existsSync(checker),
      `${checker} is missing: the shared folder must sit beside the repo`,
    ).toBe(true);
    const output = execFileSync('node', [checker, 'public/data/dongcheng.json'], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/, 0 problems, 0 warnings$/m);
  });

  it('covers the five required categories with headline KPIs', () => {
    const ids = dataset.categories.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['approvals', 'petitions', 'reviews', 'education', 'transparency']),
    );
    expect(dataset.metrics.filter((m) => m.headline).length).toBeGreaterThanOrEqual(4);
  });

  it('has at least one figure for every headline metric', () => {
    const empty = dataset.metrics.filter((m) => m.headline && m.observations.length === 0);
    expect(empty.map((m) => m.id)).toEqual([]);
  });

  it('carries the hotline series over 2022–2024 with qualifiers as published', () => {
    const hotline = dataset.metricById.get('jsjb_requests');
    const published = hotline?.observations.filter((o) => o.year >= 2022 && o.year <= 2024);
    expect(published?.map((o) => [o.year, o.value, o.qualifier])).toEqual([
      [2022, 270000, 'atLeast'],
      [2023, 340000, 'atLeast'],
      [2024, 335000, 'exact'],
    ]);
  });

  it('keeps the two disagreeing 2023 counts of disclosed information apart', () => {
    const values = dataset.metrics
      .flatMap((m) => m.observations)
      .filter((o) => o.year === 2023 && [22565, 26040].includes(o.value));
    expect(new Set(values.map((o) => o.metricId)).size).toBe(2);
  });

  it('ranks the hotline assessment out of 16 districts and the six central districts out of 6', () => {
    expect(dataset.metricById.get('jsjb_city_rank_16_districts')?.outOf).toBe(16);
    expect(dataset.metricById.get('jsjb_rank_core_6_districts')?.outOf).toBe(6);
    // "全市第1" does not say how many were ranked.
    expect(dataset.metricById.get('jsjb_city_rank_raw_score')?.outOf).toBeUndefined();
    expect(dataset.metricById.get('jsjb_city_rank_resolution')?.outOf).toBeUndefined();
  });

  it('marks only the figures whose notes say the scope changed as not comparable', () => {
    const breaks = dataset.metrics.flatMap((m) =>
      m.observations.filter((o) => !o.comparableWithPrevious).map((o) => [o.metricId, o.year]),
    );
    expect(breaks).toEqual([
      ['service_items_in_hall_rate', 2024],
      ['gov_info_proactive_items', 2023],
    ]);
  });

  it('quotes every stated change verbatim from the sources, as the source checker does for figures', () => {
    const strip = (t: string) => t.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
    const corpus = readdirSync('../shared/sources')
      .map((f) => strip(readFileSync(`../shared/sources/${f}`, 'utf8')))
      .join('\n');
    const stated = dataset.metrics.flatMap((m) => m.observations.flatMap((o) => o.statedChanges));
    expect(stated.length).toBeGreaterThanOrEqual(9);
    for (const change of stated) expect(corpus, change.quote).toContain(strip(change.quote));
  });

  it('reads as a sentence for every metric and year, in both languages', () => {
    for (const metric of dataset.metrics)
      for (const year of dataset.years)
        for (const lang of ['zh', 'en'] as const) {
          const sentence = yearSentence(metric, year, lang);
          expect(sentence).toMatch(lang === 'zh' ? /。$/ : /\.$/);
          expect(sentence).not.toMatch(/undefined|NaN|\{/);
        }
  });

  it('ships the editor schema generated from the validating schema', () => {
    const shipped: unknown = JSON.parse(readFileSync('public/data/dataset.schema.json', 'utf8'));
    expect(shipped).toEqual(datasetJsonSchema());
  });
});
