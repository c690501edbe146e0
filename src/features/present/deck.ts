import type { Dataset, Finding, Metric, Observation, Source } from '../../dataset/model.ts';
import { planCharts } from '../../model/chart-groups.ts';
import { keyChanges } from '../../model/key-changes.ts';
import { scoreboard } from '../../model/scoreboard.ts';
import { latestUpTo } from '../../model/series.ts';

/** Where a slide sits among its category's or its list's slides: "2 / 3". */
export interface Part {
  part: number;
  parts: number;
}

export type Slide =
  | { kind: 'title'; sources: Source[] }
  | { kind: 'scoreboard'; sources: Source[] }
  | { kind: 'kpi'; metric: Metric; sources: Source[] }
  | ({ kind: 'charts'; categoryId: string; metrics: Metric[]; sources: Source[] } & Part)
  | ({ kind: 'figures'; categoryId: string; metrics: Metric[]; sources: Source[] } & Part)
  | { kind: 'keyChanges'; sources: Source[] }
  | ({ kind: 'findings'; findings: Finding[]; sources: Source[] } & Part)
  | ({ kind: 'sources'; sources: Source[] } & Part);

/**
 * How much fits on a slide at the type sizes a room needs: more spreads over more slides,
 * never smaller type.
 */
export const PER_SLIDE = { charts: 2, figures: 6, findings: 3, sources: 6 } as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function distinctSources(observations: readonly (Observation | null | undefined)[]): Source[] {
  const byId = new Map<string, Source>();
  for (const o of observations) if (o) byId.set(o.source.id, o.source);
  return [...byId.values()];
}

const shownIn = (metric: Metric, years: readonly number[]) =>
  metric.observations.filter((o) => years.includes(o.year));

function categorySlides(dataset: Dataset, years: readonly number[]): Slide[] {
  return dataset.categories.flatMap((category) => {
    const metrics = category.metricIds
      .flatMap((id) => dataset.metricById.get(id) ?? [])
      .filter((m) => !m.detail);
    const plan = planCharts(metrics, years);
    const sourcesOf = (list: Metric[]) => distinctSources(list.flatMap((m) => shownIn(m, years)));
    const pages = [
      ...chunks(plan.trends, PER_SLIDE.charts).map((list) => ({ kind: 'charts' as const, list })),
      ...chunks(plan.facts, PER_SLIDE.figures).map((list) => ({ kind: 'figures' as const, list })),
    ];
    return pages.map(({ kind, list }, i): Slide => ({
      kind,
      categoryId: category.id,
      metrics: list,
      sources: sourcesOf(list),
      part: i + 1,
      parts: pages.length,
    }));
  });
}

function findingSlides(dataset: Dataset): Slide[] {
  const pages = chunks(dataset.findings, PER_SLIDE.findings);
  return pages.map((findings, i) => ({
    kind: 'findings',
    findings,
    sources: [...new Map(findings.map((f) => [f.source.id, f.source])).values()],
    part: i + 1,
    parts: pages.length,
  }));
}

/**
 * A meeting's slides for a focus year, from the dataset alone: the title, the scoreboard,
 * one slide per headline KPI, each category's charts and single figures, the year's key
 * changes, the findings, and the sources. Each slide lists the sources of what it shows.
 */
export function buildDeck(dataset: Dataset, year: number, years: readonly number[]): Slide[] {
  const board = scoreboard(dataset, year);
  const { improvements, declines } = keyChanges(dataset, year);
  const changed = [...improvements, ...declines].flatMap(({ change }) => [
    change.previous,
    change.current,
  ]);
  const sourcePages = chunks(dataset.sources, PER_SLIDE.sources);
  return [
    { kind: 'title', sources: dataset.sources },
    { kind: 'scoreboard', sources: distinctSources(board.cards.map((c) => c.figure)) },
    ...board.cards.map(({ metric }): Slide => ({
      kind: 'kpi',
      metric,
      sources: distinctSources([...shownIn(metric, years), latestUpTo(metric, year)]),
    })),
    ...categorySlides(dataset, years),
    { kind: 'keyChanges', sources: distinctSources(changed) },
    ...findingSlides(dataset),
    ...sourcePages.map((sources, i): Slide => ({
      kind: 'sources',
      sources,
      part: i + 1,
      parts: sourcePages.length,
    })),
  ];
}

/** The sentences a speaker reads from: what each slide's figures say. */
export function slideMetrics(slide: Slide): Metric[] {
  switch (slide.kind) {
    case 'kpi':
      return [slide.metric];
    case 'charts':
    case 'figures':
      return slide.metrics;
    default:
      return [];
  }
}
