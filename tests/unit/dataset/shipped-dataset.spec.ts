import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/dataset/json-schema.ts';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { buildDeck, slideMetrics } from '../../../src/features/present/deck.ts';
import { metricSpec } from '../../../src/model/chart-spec/metric-spec.ts';
import { focusYear } from '../../../src/model/series.ts';
import { csvRows } from '../../../src/model/export/csv.ts';
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

  it('has a figure for every headline metric, or a definition saying what the reports do not disclose', () => {
    const empty = dataset.metrics.filter((m) => m.headline && m.observations.length === 0);
    expect(empty.map((m) => m.id)).toEqual(['head_court_appearance_rate']);
    for (const metric of empty) expect(metric.definition?.zh).toMatch(/未公布/);
  });

  it('heads the overview with outcomes the district is assessed on, most of them in two years or more', () => {
    const headline = dataset.metrics.filter((m) => m.headline);
    expect(headline.map((m) => m.id)).toEqual([
      'notify_commit_enterprise_items',
      'jsjb_city_rank',
      'jsjb_resolution_rate',
      'jsjb_satisfaction_rate',
      'jsjb_composite_score',
      'normative_docs_filing_rate',
      'npc_cppcc_proposals_ontime_rate',
      'head_court_appearance_rate',
      'pufa_audience',
    ]);
    // Volumes, whose rise or fall is no one's verdict, stay in their categories.
    expect(headline.filter((m) => m.better === 'neutral')).toEqual([]);
    expect(headline.filter((m) => m.detail)).toEqual([]);
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
    expect(dataset.metricById.get('jsjb_city_rank')?.outOf).toBe(16);
    expect(dataset.metricById.get('jsjb_rank_core_6_districts')?.outOf).toBe(6);
    // "全市第1" on the resolution rate does not say how many were ranked.
    expect(dataset.metricById.get('jsjb_city_rank_resolution')?.outOf).toBeUndefined();
  });

  it('holds each series a leader reads as one in one metric, broken where its basis changed', () => {
    const series = (id: string) =>
      dataset.metricById
        .get(id)
        ?.observations.map((o) => [o.year, o.value, o.comparableWithPrevious]);
    expect(series('jsjb_city_rank')).toEqual([
      [2023, 6, true],
      [2024, 1, false],
    ]);
    expect(series('jsjb_dispatch_meetings')).toEqual([
      [2023, 67, true],
      [2024, 42, false],
    ]);
    expect(series('open_day_activities')).toEqual([
      [2023, 26, true],
      [2024, 31, false],
    ]);
    expect(series('biz_env_key_tasks')).toEqual([
      [2023, 47, true],
      [2024, 168, false],
    ]);
  });

  it('reads a fall in output volumes and proxies as no bad news', () => {
    for (const id of [
      'notify_commit_certificates',
      'pufa_weibo_posts',
      'pufa_wechat_posts',
      'justice_bureau_proactive_items',
      'gov_info_proactive_items',
      'gov_info_website_proactive_items',
      'gov_info_key_area_items',
    ])
      expect(dataset.metricById.get(id)?.better, id).toBe('neutral');
  });

  it('breaks a series wherever the counted act, the statistic or the scope changed, and says why', () => {
    const breaks = dataset.metrics.flatMap((m) =>
      m.observations.filter((o) => !o.comparableWithPrevious).map((o) => [o.metricId, o.year]),
    );
    expect(breaks.sort()).toEqual(
      [
        ['biz_env_key_tasks', 2024],
        ['gov_info_proactive_items', 2023],
        ['gov_info_proactive_items', 2024],
        ['gov_website_new_topics', 2024],
        ['jsjb_city_rank', 2024],
        ['jsjb_composite_score', 2024],
        ['jsjb_dispatch_meetings', 2024],
        ['jsjb_requests', 2023],
        ['jsjb_requests', 2024],
        ['open_day_activities', 2024],
        ['policy_docs_public_consultation', 2023],
        ['policy_docs_public_consultation', 2024],
        ['service_items_in_hall_rate', 2024],
      ].sort(),
    );
    const unexplained = dataset.metrics.flatMap((m) =>
      m.observations.filter((o) => !o.comparableWithPrevious && !o.note?.zh.includes('不作比较')),
    );
    expect(unexplained.map((o) => [o.metricId, o.year])).toEqual([]);
  });

  it('never says in its notes that a source is wrong', () => {
    const notes = dataset.metrics.flatMap((m) => [
      m.definition,
      ...m.observations.map((o) => o.note),
    ]);
    for (const note of notes) {
      expect(note?.zh ?? '').not.toMatch(/不符|对不上|有误|错误|不一致/);
      expect(note?.en ?? '').not.toMatch(/do(es)? not (match|tie|bear)|wrong|disagree/i);
    }
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

  it('never calls a source wrong in any chart’s words, table, tooltip or CSV, in zh or en', () => {
    for (const metric of dataset.metrics)
      for (const lang of ['zh', 'en'] as const) {
        const spec = metricSpec(dataset, metric, dataset.years, lang);
        const words = JSON.stringify([
          spec.summary,
          spec.table,
          csvRows(spec),
          spec.drawing.kind === 'trend' ? spec.drawing.points.map((p) => p.tooltip) : [],
        ]);
        expect(words, metric.id).not.toMatch(
          /不符|对不上|变差|do(es)? not (match|bear)|not borne out/,
        );
      }
  });

  it('ships the editor schema generated from the validating schema', () => {
    const shipped: unknown = JSON.parse(readFileSync('public/data/dataset.schema.json', 'utf8'));
    expect(shipped).toEqual(datasetJsonSchema());
  });

  it('makes a briefing of 10 to 14 slides for its focus year, showing no headline KPI twice', () => {
    const year = focusYear(dataset, null);
    for (const y of [year, ...dataset.years.filter((other) => other > year)]) {
      const deck = buildDeck(dataset, y, dataset.years);
      const shown = deck
        .filter((slide) => slide.kind !== 'keyChanges')
        .flatMap((slide) => slideMetrics(slide).map((m) => m.id));
      expect(new Set(shown).size, `${y}`).toBe(shown.length);
      if (y === year) expect(deck.length).toBeGreaterThanOrEqual(10);
      expect(deck.length, `${y}: ${deck.map((slide) => slide.id).join(' ')}`).toBeLessThanOrEqual(
        14,
      );
    }
    const full = buildDeck(dataset, year, dataset.years, 'full');
    const lone = full.filter((slide) => slide.kind === 'earlierKpis' && slide.metrics.length < 2);
    expect(lone).toEqual([]);
  });
});
