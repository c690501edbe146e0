import type { Dataset, Metric, Observation, Source } from '../dataset/model.ts';

/**
 * The sources a page cites, in the file's order: those of the figures it shows (each metric's
 * within the years shown, and any figure named apart, such as a KPI card's latest) and of its
 * notes (milestones, findings).
 */
export function citedSources(
  dataset: Dataset,
  shown: {
    metrics: readonly Metric[];
    years: readonly number[];
    figures?: readonly (Observation | null)[];
    notes?: readonly { source: Source }[];
  },
): Source[] {
  const ids = new Set<string>();
  for (const metric of shown.metrics)
    for (const o of metric.observations) if (shown.years.includes(o.year)) ids.add(o.source.id);
  for (const o of shown.figures ?? []) if (o) ids.add(o.source.id);
  for (const note of shown.notes ?? []) ids.add(note.source.id);
  return dataset.sources.filter((s) => ids.has(s.id));
}
