import type { Dataset, Finding, Metric, Observation, Source } from '../../dataset/model.ts';
import { planCharts } from '../../model/chart-groups.ts';
import { keyChanges, type KeyChange } from '../../model/key-changes.ts';
import { scoreboard } from '../../model/scoreboard.ts';
import { latestUpTo } from '../../model/series.ts';

/** Where a slide sits among its category's or its list's slides: "2 / 3". */
export interface Part {
  part: number;
  parts: number;
}

/**
 * A run of findings under one heading: the plans the previous report made for the focus year,
 * the focus year's shortcomings, and the plans it makes for the next year.
 */
export interface FindingGroup {
  heading: 'plansMadeLastYear' | 'shortcomingsOfYear' | 'plansForNextYear';
  /** The year the findings are about. */
  year: number;
  findings: Finding[];
}

export type SlideBody =
  | { kind: 'title' }
  | { kind: 'scoreboard' }
  | { kind: 'kpi'; metric: Metric }
  /** Headline KPIs whose latest figure is from before the focus year, apart from the year's own. */
  | { kind: 'earlierKpis'; metrics: Metric[] }
  | ({ kind: 'charts'; categoryId: string; metrics: Metric[] } & Part)
  /** Single published figures; `otherYears`: published in another year than the focus year. */
  | ({ kind: 'figures'; categoryId: string; metrics: Metric[]; otherYears: boolean } & Part)
  | { kind: 'keyChanges'; improvements: KeyChange[]; declines: KeyChange[] }
  | ({ kind: 'findings'; groups: FindingGroup[] } & Part)
  | ({ kind: 'sources'; list: Source[] } & Part);

/**
 * One slide: what it shows, a stable id built from that (for `?slides=`), and the sources of
 * its figures for its footnote.
 */
export type Slide = SlideBody & { id: string; sources: Source[] };

/**
 * How much fits on a slide at the type sizes a room needs: more spreads over more slides,
 * never smaller type. Findings are counted for the longer of the two languages.
 */
export const PER_SLIDE = {
  charts: 2,
  figures: 6,
  earlierKpis: 4,
  findings: 7,
  sources: 6,
} as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** As few slides as `size` allows, filled evenly: ten findings make five and five, not seven and three. */
function evenChunks<T>(items: readonly T[], size: number): T[][] {
  const parts = Math.ceil(items.length / size);
  return parts ? chunks(items, Math.ceil(items.length / parts)) : [];
}

function distinctSources(observations: readonly (Observation | null | undefined)[]): Source[] {
  const byId = new Map<string, Source>();
  for (const o of observations) if (o) byId.set(o.source.id, o.source);
  return [...byId.values()];
}

const shownIn = (metric: Metric, years: readonly number[]) =>
  metric.observations.filter((o) => years.includes(o.year));

const parted = <T extends object>(pages: T[]) =>
  pages.map((page, i) => ({ ...page, part: i + 1, parts: pages.length }));

/** The headline KPIs with a figure: one slide each for the focus year's, the earlier ones together. */
function kpiSlides(dataset: Dataset, year: number, years: readonly number[]): Slide[] {
  const cards = scoreboard(dataset, year).cards.filter((c) => c.figure);
  const sourcesOf = (m: Metric) => distinctSources([...shownIn(m, years), latestUpTo(m, year)]);
  const single = (metric: Metric): Slide => ({
    kind: 'kpi',
    id: `kpi-${metric.id}`,
    metric,
    sources: sourcesOf(metric),
  });
  const earlier = cards.filter((c) => c.fallback).map((c) => c.metric);
  return [
    ...cards.filter((c) => !c.fallback).map((c) => single(c.metric)),
    // One earlier figure keeps a slide of its own rather than sit alone as a small tile.
    ...(earlier.length === 1
      ? earlier.map(single)
      : chunks(earlier, PER_SLIDE.earlierKpis).map((metrics, i): Slide => ({
          kind: 'earlierKpis',
          id: i === 0 ? 'kpis-earlier' : `kpis-earlier-${i + 1}`,
          metrics,
          sources: distinctSources(metrics.map((m) => latestUpTo(m, year))),
        }))),
  ];
}

/** Every category's charts and single figures, leaving out the headline KPIs, which have their own slides. */
function categorySlides(dataset: Dataset, year: number, years: readonly number[]): Slide[] {
  return dataset.categories.flatMap((category) => {
    const metrics = category.metricIds
      .flatMap((id) => dataset.metricById.get(id) ?? [])
      .filter((m) => !m.detail && !m.headline);
    const plan = planCharts(metrics, years);
    const inFocusYear = (m: Metric) => shownIn(m, years).some((o) => o.year === year);
    const pages = parted([
      ...chunks(plan.trends, PER_SLIDE.charts).map((list) => ({
        kind: 'charts' as const,
        list,
        otherYears: false,
      })),
      ...[plan.facts.filter(inFocusYear), plan.facts.filter((m) => !inFocusYear(m))].flatMap(
        (facts, other) =>
          chunks(facts, PER_SLIDE.figures).map((list) => ({
            kind: 'figures' as const,
            list,
            otherYears: other === 1,
          })),
      ),
    ]);
    return pages.map(({ kind, list, otherYears, part, parts }): Slide => {
      const common = {
        id: `${kind}-${list[0]?.id ?? category.id}`,
        categoryId: category.id,
        metrics: list,
        sources: distinctSources(list.flatMap((m) => shownIn(m, years))),
        part,
        parts,
      };
      return kind === 'charts' ? { kind, ...common } : { kind, ...common, otherYears };
    });
  });
}

/**
 * What the focus year's report and the one before it say ought to change: the plans made last
 * year for this year, this year's shortcomings, and the plans for next year.
 */
export function findingGroups(dataset: Dataset, year: number): FindingGroup[] {
  const of = (type: Finding['type'], y: number) =>
    dataset.findings.filter((f) => f.type === type && f.year === y);
  const groups: FindingGroup[] = [
    { heading: 'plansMadeLastYear', year, findings: of('plan', year) },
    { heading: 'shortcomingsOfYear', year, findings: of('shortcoming', year) },
    { heading: 'plansForNextYear', year: year + 1, findings: of('plan', year + 1) },
  ];
  return groups.filter((g) => g.findings.length);
}

function findingSlides(dataset: Dataset, year: number): Slide[] {
  const items = findingGroups(dataset, year).flatMap((group) =>
    group.findings.map((finding) => ({ group, finding })),
  );
  const pages = evenChunks(items, PER_SLIDE.findings);
  return pages.map((page, i) => {
    const groups: FindingGroup[] = [];
    for (const { group, finding } of page) {
      const last = groups.at(-1);
      if (last?.heading === group.heading) last.findings.push(finding);
      else groups.push({ ...group, findings: [finding] });
    }
    return {
      kind: 'findings',
      id: `findings-${i + 1}`,
      groups,
      sources: [
        ...new Map(
          page.flatMap(({ finding: f }) =>
            [f.source, ...f.followUps.map((u) => u.source)].map((s) => [s.id, s] as const),
          ),
        ).values(),
      ],
      part: i + 1,
      parts: pages.length,
    };
  });
}

function keyChangesSlide(dataset: Dataset, year: number): Slide[] {
  // The headline KPIs' changes are on their own slides.
  const { improvements, declines } = keyChanges(dataset, year, 3, (m) => !m.headline);
  if (!improvements.length && !declines.length) return [];
  const changed = [...improvements, ...declines].flatMap(({ change }) => [
    change.previous,
    change.current,
  ]);
  return [
    {
      kind: 'keyChanges',
      id: 'key-changes',
      improvements,
      declines,
      sources: distinctSources(changed),
    },
  ];
}

/** The sources cited by the slides shown, in the file's order, closing the deck. */
function sourceSlides(dataset: Dataset, shown: readonly Slide[]): Slide[] {
  const cited = new Set(shown.flatMap((s) => s.sources.map((source) => source.id)));
  const list = dataset.sources.filter((s) => cited.has(s.id));
  const pages = chunks(list.length ? list : dataset.sources, PER_SLIDE.sources);
  return pages.map((page, i) => ({
    kind: 'sources',
    id: `sources-${i + 1}`,
    list: page,
    sources: page,
    part: i + 1,
    parts: pages.length,
  }));
}

export type DeckKind = 'briefing' | 'full';

/** Every slide a deck can hold but the sources, in the full deck's order. */
function contentSlides(dataset: Dataset, year: number, years: readonly number[], kind: DeckKind) {
  const title: Slide = { kind: 'title', id: 'title', sources: [] };
  const board: Slide = {
    kind: 'scoreboard',
    id: 'scoreboard',
    sources: distinctSources(scoreboard(dataset, year).cards.map((c) => c.figure)),
  };
  return [
    title,
    board,
    ...kpiSlides(dataset, year, years),
    ...(kind === 'full' ? categorySlides(dataset, year, years) : []),
    ...keyChangesSlide(dataset, year),
    ...findingSlides(dataset, year),
  ];
}

/**
 * A meeting's slides for a focus year, from the dataset alone. The briefing: the title, the
 * scoreboard, one slide per headline KPI with a figure, the other key changes, the findings
 * and the sources. The full deck adds every category's charts and single figures, never a
 * headline KPI twice. Each slide lists the sources of what it shows.
 */
export function buildDeck(
  dataset: Dataset,
  year: number,
  years: readonly number[],
  kind: DeckKind = 'briefing',
): Slide[] {
  const content = contentSlides(dataset, year, years, kind);
  return [...content, ...sourceSlides(dataset, content)];
}

export interface ArrangedDeck {
  slides: Slide[];
  /** Ids asked for that this dataset has no slide for (the dataset changed): skipped. */
  missing: string[];
}

/**
 * The deck as arranged: the full deck's slides with these ids, in this order, each once. The
 * sources slides list what the chosen slides cite.
 */
export function arrangeDeck(
  dataset: Dataset,
  year: number,
  years: readonly number[],
  ids: readonly string[],
): ArrangedDeck {
  const content = contentSlides(dataset, year, years, 'full');
  const byId = new Map(content.map((s) => [s.id, s]));
  const chosen = [...new Set(ids)];
  const picked = chosen.flatMap((id) => byId.get(id) ?? []);
  const sources = new Map(sourceSlides(dataset, picked).map((s) => [s.id, s]));
  const slides = chosen.flatMap((id) => byId.get(id) ?? sources.get(id) ?? []);
  const known = new Set([...byId.keys(), ...sources.keys()]);
  // A sources slide past the ones the chosen slides need is no loss: it is not "missing".
  const missing = chosen.filter((id) => !known.has(id) && !/^sources-\d+$/.test(id));
  return { slides, missing };
}

/** Which deck the link asks for: the arrangement if any, else the full deck or the briefing. */
export function deckFor(
  dataset: Dataset,
  year: number,
  years: readonly number[],
  choice: { deck: DeckKind; slides: readonly string[] | null },
): ArrangedDeck {
  if (choice.slides) {
    const arranged = arrangeDeck(dataset, year, years, choice.slides);
    if (arranged.slides.length) return arranged;
    return { slides: buildDeck(dataset, year, years), missing: arranged.missing };
  }
  return { slides: buildDeck(dataset, year, years, choice.deck), missing: [] };
}

/** The metrics whose figures a slide shows. */
export function slideMetrics(slide: Slide): Metric[] {
  switch (slide.kind) {
    case 'kpi':
      return [slide.metric];
    case 'earlierKpis':
    case 'charts':
    case 'figures':
      return slide.metrics;
    case 'keyChanges':
      return [...slide.improvements, ...slide.declines].map((k) => k.metric);
    default:
      return [];
  }
}
