import type { FollowUpStatus } from '../../dataset/model.ts';
import type { DatasetFile, Kind, Qualifier, StatedMeasure } from '../../dataset/schema.ts';

/** The new report as the editor names it: where every figure it adds comes from. */
export interface SourceInput {
  title: string;
  publisher: string;
  /** ISO date, or '' when not known. */
  published: string;
  /** http(s) address, or ''. */
  url: string;
}

/** A metric the report starts: the editor names it, the figure gives its unit. */
export interface NewMetricInput {
  id: string;
  name: string;
  unit: string;
  kind: Kind;
  category: string;
}

/** A figure the editor confirmed: its metric (existing or new), value and verbatim words. */
export interface AcceptedFigure {
  metricId: string;
  newMetric?: NewMetricInput;
  value: number;
  qualifier: Qualifier;
  /** An exact slice of the pasted text, never retyped. */
  quote: string;
  comparableWithPrevious: boolean;
  statedChanges: { value: number; measure: StatedMeasure; qualifier?: Qualifier; quote: string }[];
}

export type { FollowUpStatus };

/** What the new report says of one of the previous year's findings, confirmed by the editor. */
export interface AcceptedFollowUp {
  /** The finding's place in the file's `findings`. */
  finding: number;
  status: FollowUpStatus;
  /** An exact slice of the pasted text. */
  quote: string;
}

/** One line of the list of what the new file changes, for the editor to read before downloading. */
export type FileChange =
  | { kind: 'added'; metric: string; year: number; value: number; qualifier: Qualifier }
  | {
      kind: 'corrected';
      metric: string;
      year: number;
      value: number;
      qualifier: Qualifier;
      before: number;
      beforeQualifier: Qualifier;
    }
  | { kind: 'newMetric'; metric: string }
  | { kind: 'break'; metric: string; year: number }
  | { kind: 'followUp'; finding: number; status: FollowUpStatus };

type FileSource = DatasetFile['sources'][number];
type FileObservation = DatasetFile['observations'][number];

/** The source's id: the one already naming this title, or a new one not yet used. */
function sourceFor(file: DatasetFile, input: SourceInput, year: number): FileSource {
  const title = input.title.trim();
  const known = file.sources.find(
    (s) => (typeof s.title === 'string' ? s.title : s.title.zh) === title,
  );
  if (known) return known;
  const taken = new Set(file.sources.map((s) => s.id));
  let id = `report-${year}`;
  for (let n = 2; taken.has(id); n += 1) id = `report-${year}-${n}`;
  return {
    id,
    title: { zh: title },
    ...(input.publisher.trim() ? { publisher: { zh: input.publisher.trim() } } : {}),
    ...(input.published ? { published: input.published } : {}),
    ...(input.url.trim() ? { url: input.url.trim() } : {}),
  };
}

/**
 * The dataset file with the new report in it: its source, every confirmed figure (a figure
 * for a metric and year already in the file replaces it, as a correction), the new metrics,
 * breaks where the editor said the series does not compare, and follow-ups of the previous
 * year's findings. The file passed in is not changed; `updated` becomes `today`.
 */
export function applyReport(
  original: DatasetFile,
  year: number,
  input: SourceInput,
  figures: readonly AcceptedFigure[],
  followUps: readonly AcceptedFollowUp[],
  today: string,
): { file: DatasetFile; changes: FileChange[] } {
  const file = structuredClone(original);
  const changes: FileChange[] = [];
  if (figures.length === 0 && followUps.length === 0) return { file: original, changes };
  file.updated = today;
  const source = sourceFor(file, input, year);
  if (!file.sources.includes(source)) file.sources.push(source);

  for (const figure of figures) {
    const fresh = figure.newMetric;
    if (fresh && !file.metrics.some((m) => m.id === fresh.id)) {
      file.metrics.push({
        id: fresh.id,
        category: fresh.category,
        name: { zh: fresh.name },
        unit: { zh: fresh.unit },
        kind: fresh.kind,
        better: 'neutral',
      });
      changes.push({ kind: 'newMetric', metric: fresh.id });
    }
    const observation: FileObservation = {
      metric: figure.metricId,
      year,
      value: figure.value,
      qualifier: figure.qualifier,
      source: source.id,
      quote: figure.quote,
      ...(figure.comparableWithPrevious ? {} : { comparableWithPrevious: false }),
      ...(figure.statedChanges.length
        ? {
            statedChanges: figure.statedChanges.map((c) => ({
              value: c.value,
              measure: c.measure,
              ...(c.qualifier && c.qualifier !== 'exact' ? { qualifier: c.qualifier } : {}),
              quote: c.quote,
            })),
          }
        : {}),
    };
    const at = file.observations.findIndex((o) => o.metric === figure.metricId && o.year === year);
    const before = file.observations[at];
    if (before) {
      file.observations[at] = observation;
      changes.push({
        kind: 'corrected',
        metric: figure.metricId,
        year,
        value: figure.value,
        qualifier: figure.qualifier,
        before: before.value,
        beforeQualifier: before.qualifier ?? 'exact',
      });
    } else {
      file.observations.push(observation);
      changes.push({
        kind: 'added',
        metric: figure.metricId,
        year,
        value: figure.value,
        qualifier: figure.qualifier,
      });
    }
    if (!figure.comparableWithPrevious)
      changes.push({ kind: 'break', metric: figure.metricId, year });
  }

  for (const followUp of followUps) {
    const finding = file.findings?.[followUp.finding];
    if (!finding) continue;
    const entry = {
      year,
      status: followUp.status,
      source: source.id,
      quote: followUp.quote,
    };
    finding.followUp = [...(finding.followUp ?? []).filter((f) => f.year !== year), entry];
    changes.push({ kind: 'followUp', finding: followUp.finding, status: followUp.status });
  }
  return { file, changes };
}
