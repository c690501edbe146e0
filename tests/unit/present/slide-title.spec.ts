import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { buildDeck, type Slide } from '../../../src/features/present/deck.ts';
import { slideTitle } from '../../../src/features/present/slide-title.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { shapedDataset } from '../../fixtures/deck-shapes.ts';
import { basic, fileText } from '../../fixtures/index.ts';

const YEARS = [2022, 2023, 2024];
// Two headline KPIs; a single figure in the first category; five trends in the second, over
// three slides; nine findings over two.
const dataset = shapedDataset({ categories: [3, 5, 2], headline: 2, findings: 9, singleYear: [2] });
const deck = buildDeck(dataset, 2024, YEARS, 'full');

function titleOf(id: string, lang: Lang = 'zh', from: Slide[] = deck, data = dataset): string {
  const slide = from.find((s) => s.id === id);
  if (!slide) throw new Error(`no slide ${id} in ${from.map((s) => s.id).join()}`);
  return slideTitle(slide, data, 2024, lang);
}

describe('a slide’s title in a list of slides', () => {
  it('names the title slide after the dataset, in the language asked for', () => {
    expect(titleOf('title')).toBe('示例法治政府建设指标');
    expect(titleOf('title', 'en')).toBe('Sample rule-of-law indicators');
  });

  it('gives the scoreboard its heading: how many headline KPIs, and the year', () => {
    expect(titleOf('scoreboard')).toBe('2项核心指标 · 2024年');
    expect(titleOf('scoreboard', 'en')).toBe('2 headline KPIs · 2024');
  });

  it('names a headline KPI’s slide after the KPI', () => {
    expect(titleOf('kpi-c1_m2')).toBe('类别1指标2');
    expect(titleOf('kpi-c1_m2', 'en')).toBe('Category 1 metric 2');
  });

  it('names a category’s charts by the category, which part, and the metrics they show', () => {
    expect(titleOf('charts-c2_m3')).toBe('类别2（2/3）：类别2指标3、类别2指标4');
    expect(titleOf('charts-c2_m5', 'en')).toBe('Category 2 (3/3): Category 2 metric 5');
    expect(titleOf('charts-c3_m1')).toBe('类别3：类别3指标1、类别3指标2');
    expect(titleOf('figures-c1_m3')).toBe('类别1：类别1指标3');
  });

  it('says which figures were published in other years than the focus year', () => {
    const sample = parseDataset(fileText(basic), 'basic.json');
    const full = buildDeck(sample, 2024, sample.years, 'full');
    expect(titleOf('figures-legal_aid_providers', 'zh', full, sample)).toBe(
      '普法与法律服务（2/2） · 其他年份公布的数字：法律援助服务机构',
    );
  });

  it('lists the headings of the findings a slide holds, after its part', () => {
    expect(titleOf('findings-1')).toBe(
      '问题与安排（1/2）：上年报告提出的2024年工作计划、2024年存在的不足',
    );
    expect(titleOf('findings-2', 'en')).toBe('Shortcomings and plans (2/2): Shortcomings in 2024');
  });

  it('names the key changes and the sources as their slides do', () => {
    expect(titleOf('key-changes')).toBe('其他主要变化');
    expect(titleOf('key-changes', 'en')).toBe('Other key changes');
    expect(titleOf('sources-1')).toBe('来源与原文');
  });

  it('names the headline KPIs of an earlier year together, with the KPIs it shows', () => {
    const earlier = shapedDataset({ categories: [4], headline: 3 });
    for (const m of earlier.metrics.slice(0, 2))
      m.observations = m.observations.filter((o) => o.year !== 2024);
    const briefing = buildDeck(earlier, 2024, YEARS);
    expect(titleOf('kpis-earlier', 'zh', briefing, earlier)).toBe(
      '往年数据：2024年未公开的指标（类别1指标1、类别1指标2）',
    );
    expect(titleOf('kpis-earlier', 'en', briefing, earlier)).toBe(
      'Earlier figures: KPIs not published for 2024 (Category 1 metric 1, Category 1 metric 2)',
    );
  });

  it('gives every slide of a full deck a title of its own', () => {
    const titles = deck.map((s) => slideTitle(s, dataset, 2024, 'en'));
    expect(new Set(titles).size).toBe(deck.length);
    expect(titles.every((t) => t.length > 0)).toBe(true);
  });
});
