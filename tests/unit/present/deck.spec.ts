import { describe, expect, it } from 'vitest';
import { buildDeck, PER_SLIDE, type Slide } from '../../../src/features/present/deck.ts';
import { shapedDataset } from '../../fixtures/deck-shapes.ts';

const YEARS = [2022, 2023, 2024];
const kinds = (deck: Slide[]) => deck.map((s) => s.kind);
const ofCategory = (deck: Slide[], id: string) =>
  deck.filter((s) => (s.kind === 'charts' || s.kind === 'figures') && s.categoryId === id);

describe('the slides of a meeting', () => {
  it('open with the title and the scoreboard, then one slide per headline KPI, and close with the sources', () => {
    const deck = buildDeck(
      shapedDataset({ categories: [3], headline: 2, findings: 1 }),
      2024,
      YEARS,
    );
    expect(kinds(deck)).toEqual([
      'title',
      'scoreboard',
      'kpi',
      'kpi',
      'charts',
      'charts',
      'keyChanges',
      'findings',
      'sources',
    ]);
  });

  it('give a dataset of one category one run of category slides', () => {
    const deck = buildDeck(shapedDataset({ categories: [2] }), 2024, YEARS);
    expect(ofCategory(deck, 'c1')).toHaveLength(1);
    expect(deck.filter((s) => s.kind === 'charts' || s.kind === 'figures')).toHaveLength(1);
  });

  it('give each of twelve categories its own slides, in the file’s order', () => {
    const deck = buildDeck(shapedDataset({ categories: Array(12).fill(1) }), 2024, YEARS);
    const order = deck.flatMap((s) => (s.kind === 'charts' ? [s.categoryId] : []));
    expect(order).toEqual(Array.from({ length: 12 }, (_, i) => `c${i + 1}`));
  });

  it('spread a category of twenty metrics over several slides rather than shrinking its charts', () => {
    const deck = buildDeck(shapedDataset({ categories: [20] }), 2024, YEARS);
    const slides = ofCategory(deck, 'c1');
    expect(slides).toHaveLength(20 / PER_SLIDE.charts);
    for (const [i, slide] of slides.entries()) {
      if (slide.kind !== 'charts') throw new Error(`slide ${i} is ${slide.kind}`);
      expect(slide.metrics.length).toBeLessThanOrEqual(PER_SLIDE.charts);
      expect(slide).toMatchObject({ part: i + 1, parts: slides.length });
    }
    expect(slides.flatMap((s) => (s.kind === 'charts' ? s.metrics.map((m) => m.id) : []))).toEqual(
      Array.from({ length: 20 }, (_, i) => `c1_m${i + 1}`),
    );
  });

  it('show a metric published in a single year as a figure, not as a one-point chart', () => {
    const deck = buildDeck(shapedDataset({ categories: [3], singleYear: [1] }), 2024, YEARS);
    const [charts, figures] = ofCategory(deck, 'c1');
    expect(charts).toMatchObject({ kind: 'charts' });
    expect(figures).toMatchObject({ kind: 'figures' });
    if (figures?.kind !== 'figures' || charts?.kind !== 'charts') throw new Error('no slides');
    expect(figures.metrics.map((m) => m.id)).toEqual(['c1_m2']);
    expect(charts.metrics.map((m) => m.id)).toEqual(['c1_m1', 'c1_m3']);
  });

  it('leave out the findings slides when nothing was found, and spread many over several', () => {
    expect(kinds(buildDeck(shapedDataset({ categories: [1] }), 2024, YEARS))).not.toContain(
      'findings',
    );
    const many = buildDeck(shapedDataset({ categories: [1], findings: 7 }), 2024, YEARS);
    expect(many.filter((s) => s.kind === 'findings')).toHaveLength(
      Math.ceil(7 / PER_SLIDE.findings),
    );
  });

  it('name on every slide with figures the sources those figures were published in', () => {
    const deck = buildDeck(
      shapedDataset({ categories: [4, 2], singleYear: [0] }),
      2024,
      [2023, 2024],
    );
    for (const slide of deck) {
      if (slide.kind === 'kpi' || slide.kind === 'charts' || slide.kind === 'figures')
        expect(slide.sources.map((s) => s.id).sort()).toEqual(
          [
            ...new Set(
              (slide.kind === 'kpi' ? [slide.metric] : slide.metrics).flatMap((m) =>
                m.observations.filter((o) => o.year >= 2023).map((o) => o.source.id),
              ),
            ),
          ].sort(),
        );
      else expect(slide.sources.length, slide.kind).toBeGreaterThan(0);
    }
  });
});
