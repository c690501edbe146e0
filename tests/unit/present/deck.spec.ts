import { describe, expect, it } from 'vitest';
import type { Dataset, Finding } from '../../../src/dataset/model.ts';
import {
  arrangeDeck,
  buildDeck,
  deckFor,
  findingGroups,
  PER_SLIDE,
  slideMetrics,
  type Slide,
} from '../../../src/features/present/deck.ts';
import { shapedDataset } from '../../fixtures/deck-shapes.ts';

const YEARS = [2022, 2023, 2024];
const kinds = (deck: Slide[]) => deck.map((s) => s.kind);
const ids = (deck: Slide[]) => deck.map((s) => s.id);
const ofCategory = (deck: Slide[], id: string) =>
  deck.filter((s) => (s.kind === 'charts' || s.kind === 'figures') && s.categoryId === id);
const shownMetrics = (deck: Slide[]) =>
  deck.filter((s) => s.kind !== 'keyChanges').flatMap((s) => slideMetrics(s).map((m) => m.id));

/** The dataset with the first `count` headline KPIs' focus-year figures taken away. */
function withoutFocusYear(dataset: Dataset, count: number, year: number): Dataset {
  const headline = dataset.metrics.filter((m) => m.headline).slice(0, count);
  for (const m of headline) m.observations = m.observations.filter((o) => o.year !== year);
  return dataset;
}

describe('the briefing, a meeting’s default deck', () => {
  it('opens with the title and the scoreboard, one slide per headline KPI, the other key changes, and closes with the findings and sources', () => {
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
      'keyChanges',
      'findings',
      'sources',
    ]);
    const changes = deck.find((s) => s.kind === 'keyChanges');
    expect(changes && slideMetrics(changes).map((m) => m.id)).toEqual(['c1_m3']);
  });

  it('holds no category slides, and the full deck adds them without showing a headline KPI twice', () => {
    const dataset = shapedDataset({ categories: [4, 3], headline: 2 });
    const briefing = buildDeck(dataset, 2024, YEARS);
    expect(briefing.some((s) => s.kind === 'charts' || s.kind === 'figures')).toBe(false);
    const full = buildDeck(dataset, 2024, YEARS, 'full');
    const shown = shownMetrics(full);
    expect(shown.filter((id) => id === 'c1_m1')).toHaveLength(1);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual(expect.arrayContaining(['c1_m3', 'c1_m4', 'c2_m1', 'c2_m3']));
  });

  it('puts headline KPIs whose figure is from an earlier year on one slide apart, after the year’s own', () => {
    const dataset = withoutFocusYear(shapedDataset({ categories: [5], headline: 4 }), 3, 2024);
    const deck = buildDeck(dataset, 2024, YEARS);
    const earlier = deck.filter((s) => s.kind === 'earlierKpis');
    expect(earlier).toHaveLength(1);
    expect(slideMetrics(earlier[0] as Slide).map((m) => m.id)).toEqual(['c1_m1', 'c1_m2', 'c1_m3']);
    expect(ids(deck).slice(2, 4)).toEqual(['kpi-c1_m4', 'kpis-earlier']);
  });

  it('gives a single earlier-year KPI a slide of its own rather than a lone tile', () => {
    const dataset = withoutFocusYear(shapedDataset({ categories: [3], headline: 2 }), 1, 2024);
    const deck = buildDeck(dataset, 2024, YEARS);
    expect(deck.some((s) => s.kind === 'earlierKpis')).toBe(false);
    expect(ids(deck)).toContain('kpi-c1_m1');
  });

  it('leaves out a headline KPI with no figure at all: the scoreboard says it is not published', () => {
    const dataset = shapedDataset({ categories: [3], headline: 2 });
    const metric = dataset.metricById.get('c1_m2');
    if (!metric) throw new Error('no c1_m2');
    metric.observations = [];
    expect(ids(buildDeck(dataset, 2024, YEARS))).not.toContain('kpi-c1_m2');
  });

  it('groups the findings: the plans made last year for this year, this year’s shortcomings, next year’s plans', () => {
    const dataset = shapedDataset({ categories: [1] });
    const [source] = dataset.sources;
    if (!source) throw new Error('no source');
    const finding = (year: number, type: Finding['type'], n: number): Finding => ({
      year,
      type,
      categoryId: 'c1',
      metricIds: [],
      text: { zh: `${year}${type}${n}` },
      source,
      followUps: [],
    });
    dataset.findings = [
      finding(2024, 'plan', 1),
      finding(2023, 'shortcoming', 1),
      finding(2024, 'shortcoming', 1),
      finding(2025, 'plan', 1),
      finding(2025, 'plan', 2),
      finding(2023, 'plan', 1),
    ];
    expect(findingGroups(dataset, 2024).map((g) => [g.heading, g.year, g.findings.length])).toEqual(
      [
        ['plansMadeLastYear', 2024, 1],
        ['shortcomingsOfYear', 2024, 1],
        ['plansForNextYear', 2025, 2],
      ],
    );
  });

  it('spreads many findings evenly over as few slides as the room’s type allows', () => {
    const deck = buildDeck(shapedDataset({ categories: [1], findings: 10 }), 2024, YEARS);
    const slides = deck.filter((s) => s.kind === 'findings');
    expect(slides).toHaveLength(Math.ceil(10 / PER_SLIDE.findings));
    const counts = slides.map((s) =>
      s.kind === 'findings' ? s.groups.reduce((n, g) => n + g.findings.length, 0) : 0,
    );
    expect(counts).toEqual([5, 5]);
  });

  it('names on every slide with figures the sources those figures were published in', () => {
    const deck = buildDeck(
      shapedDataset({ categories: [4, 2], singleYear: [2] }),
      2024,
      [2023, 2024],
      'full',
    );
    for (const slide of deck) {
      if (slide.kind === 'kpi' || slide.kind === 'charts' || slide.kind === 'figures')
        expect(slide.sources.map((s) => s.id).sort()).toEqual(
          [
            ...new Set(
              slideMetrics(slide).flatMap((m) =>
                m.observations.filter((o) => o.year >= 2023).map((o) => o.source.id),
              ),
            ),
          ].sort(),
        );
      else if (slide.kind !== 'title') expect(slide.sources.length, slide.kind).toBeGreaterThan(0);
    }
  });

  it('gives every slide an id of its own, the same each time the deck is built', () => {
    const dataset = shapedDataset({ categories: [5, 20, 3], headline: 3, findings: 9 });
    const full = buildDeck(dataset, 2024, YEARS, 'full');
    expect(new Set(ids(full)).size).toBe(full.length);
    expect(ids(buildDeck(dataset, 2024, YEARS, 'full'))).toEqual(ids(full));
    for (const id of ids(full)) expect(id).toMatch(/^[a-z][a-z0-9_-]*$/);
  });
});

describe('the full deck’s category slides', () => {
  it('give each of twelve categories its own slides, in the file’s order', () => {
    const deck = buildDeck(shapedDataset({ categories: Array(12).fill(1) }), 2024, YEARS, 'full');
    const order = deck.flatMap((s) => (s.kind === 'charts' ? [s.categoryId] : []));
    expect(order).toEqual(Array.from({ length: 11 }, (_, i) => `c${i + 2}`));
  });

  it('spread a category of twenty metrics over several slides rather than shrinking its charts', () => {
    const deck = buildDeck(shapedDataset({ categories: [1, 20] }), 2024, YEARS, 'full');
    const slides = ofCategory(deck, 'c2');
    expect(slides).toHaveLength(20 / PER_SLIDE.charts);
    for (const [i, slide] of slides.entries()) {
      expect(slide).toMatchObject({ kind: 'charts', part: i + 1, parts: slides.length });
      expect(slideMetrics(slide).length).toBeLessThanOrEqual(PER_SLIDE.charts);
    }
  });

  it('show a metric published in a single year as a figure, not as a one-point chart', () => {
    const deck = buildDeck(
      shapedDataset({ categories: [4], headline: 1, singleYear: [2] }),
      2024,
      YEARS,
      'full',
    );
    const [charts, figures] = ofCategory(deck, 'c1');
    expect(charts && slideMetrics(charts).map((m) => m.id)).toEqual(['c1_m2', 'c1_m4']);
    expect(figures).toMatchObject({ kind: 'figures', otherYears: false });
    expect(figures && slideMetrics(figures).map((m) => m.id)).toEqual(['c1_m3']);
  });

  it('keep figures of another year than the focus year on a slide apart', () => {
    const deck = buildDeck(
      shapedDataset({ categories: [4], headline: 1, singleYear: [1, 2] }),
      2023,
      YEARS,
      'full',
    );
    const figures = ofCategory(deck, 'c1').filter((s) => s.kind === 'figures');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ otherYears: true });
  });
});

describe('a deck as arranged', () => {
  const dataset = shapedDataset({ categories: [4, 3], headline: 2, findings: 2 });

  it('holds exactly the slides named, in that order, with sources for what they show', () => {
    const full = ids(buildDeck(dataset, 2024, YEARS, 'full'));
    const wanted = [full[5], 'kpi-c1_m2', 'title', 'sources-1'].map(String);
    const { slides, missing } = arrangeDeck(dataset, 2024, YEARS, wanted);
    expect(ids(slides)).toEqual(wanted);
    expect(missing).toEqual([]);
  });

  it('skips ids this dataset has no slide for, and says which', () => {
    const { slides, missing } = arrangeDeck(dataset, 2024, YEARS, [
      'kpi-gone',
      'title',
      'charts-nothing',
    ]);
    expect(ids(slides)).toEqual(['title']);
    expect(missing).toEqual(['kpi-gone', 'charts-nothing']);
  });

  it('falls back to the briefing when none of the ids is known, noting them', () => {
    const deck = deckFor(dataset, 2024, YEARS, { deck: 'briefing', slides: ['kpi-gone'] });
    expect(ids(deck.slides)).toEqual(ids(buildDeck(dataset, 2024, YEARS)));
    expect(deck.missing).toEqual(['kpi-gone']);
  });

  it('is the full deck with ?deck=full and no arrangement', () => {
    const deck = deckFor(dataset, 2024, YEARS, { deck: 'full', slides: null });
    expect(ids(deck.slides)).toEqual(ids(buildDeck(dataset, 2024, YEARS, 'full')));
  });
});
