import { webLink } from './notices.ts';
import type { Dataset, Localized, Metric, Observation, Source } from './model.ts';
import type { Problem } from './problems.ts';
import type { DatasetFile, LocalizedInput } from './schema.ts';

const text = (input: LocalizedInput): Localized =>
  typeof input === 'string'
    ? { zh: input }
    : input.en
      ? { zh: input.zh, en: input.en }
      : { zh: input.zh };

const optionalText = (input: LocalizedInput | undefined) =>
  input === undefined ? undefined : text(input);

function span(years: number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Turns a validated file into lookups by id, sorted years and explicit gaps. Assumes checkRules passed. */
export function normalise(file: DatasetFile, warnings: Problem[]): Dataset {
  const sources: Source[] = file.sources.map((s) => ({
    id: s.id,
    title: text(s.title),
    publisher: optionalText(s.publisher),
    published: s.published,
    ...(s.url === undefined ? {} : webLink(s.url) ? { url: webLink(s.url) } : { address: s.url }),
  }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sourceOf = (id: string) => sourceById.get(id) as Source;

  const observationsOf = new Map<string, Observation[]>();
  for (const o of file.observations) {
    const list = observationsOf.get(o.metric) ?? [];
    list.push({
      metricId: o.metric,
      year: o.year,
      value: o.value,
      qualifier: o.qualifier ?? 'exact',
      source: sourceOf(o.source),
      quote: o.quote,
      note: optionalText(o.note),
      comparableWithPrevious: o.comparableWithPrevious ?? true,
      statedChanges: (o.statedChanges ?? []).map((c) => ({
        ...c,
        qualifier: c.qualifier ?? 'exact',
      })),
    });
    observationsOf.set(o.metric, list);
  }

  const metrics: Metric[] = file.metrics.map((m) => ({
    id: m.id,
    categoryId: m.category,
    name: text(m.name),
    unit: text(m.unit),
    kind: m.kind,
    better: m.better,
    definition: optionalText(m.definition),
    outOf: m.outOf,
    headline: m.headline ?? false,
    detail: m.detail ?? false,
    observations: (observationsOf.get(m.id) ?? []).sort((a, b) => a.year - b.year),
  }));
  const categories = file.categories.map((c) => ({
    id: c.id,
    name: text(c.name),
    metricIds: metrics.filter((m) => m.categoryId === c.id).map((m) => m.id),
  }));

  return {
    title: text(file.title),
    region: text(file.region),
    updated: file.updated,
    years: span(file.observations.map((o) => o.year)),
    sources,
    categories,
    metrics,
    metricById: new Map(metrics.map((m) => [m.id, m])),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    milestones: (file.milestones ?? [])
      .map((m) => ({
        year: m.year,
        categoryId: m.category,
        text: text(m.text),
        source: sourceOf(m.source),
        quote: m.quote,
      }))
      .sort((a, b) => a.year - b.year),
    findings: (file.findings ?? []).map((f) => ({
      year: f.year,
      type: f.type,
      categoryId: f.category,
      metricIds: f.metrics ?? [],
      text: text(f.text),
      source: sourceOf(f.source),
      quote: f.quote,
      followUps: (f.followUp ?? [])
        .map((u) => ({
          year: u.year,
          status: u.status,
          source: sourceOf(u.source),
          quote: u.quote,
        }))
        .sort((a, b) => a.year - b.year),
    })),
    warnings,
  };
}
