import type { DatasetFile, Kind } from './schema.ts';
import type { Problem } from './problems.ts';

type RangeCode = 'countNegative' | 'percentOutOfRange' | 'rankNotWhole';

const rangeByKind: Record<Kind, { ok: (v: number) => boolean; code?: RangeCode }> = {
  count: { ok: (v) => v >= 0, code: 'countNegative' },
  percent: { ok: (v) => v >= 0 && v <= 100, code: 'percentOutOfRange' },
  rank: { ok: (v) => Number.isInteger(v) && v >= 1, code: 'rankNotWhole' },
  score: { ok: () => true },
};

/**
 * The largest size a figure may have: a thousand trillion. No published figure comes near it,
 * and past it the axes and labels could not tell one figure from the next (1e308 + 1 === 1e308).
 */
export const LARGEST_VALUE = 1e15;

function tooLarge(path: string, value: number): Problem[] {
  return Math.abs(value) > LARGEST_VALUE
    ? [{ path, code: 'valueTooLarge', params: { value } }]
    : [];
}

function uniqueIds(list: readonly { id: string }[], name: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push({
        path: `${name}[${i}].id`,
        code: 'duplicateId',
        params: { id: item.id, earlier: `${name}[${first}]` },
      });
  });
  return new Set(seen.keys());
}

type MissingCode = 'missingSource' | 'missingCategory' | 'missingMetric';

function missingRef(path: string, code: MissingCode, id: string): Problem {
  return { path, code, params: { id } };
}

/**
 * `outOf` (how many were ranked) belongs to rank metrics only, and no recorded rank may be
 * larger than it. Its type and lower bound (a whole number of 1 or more) are the schema's.
 */
function checkOutOf(
  file: DatasetFile,
  index: number,
  observationsOf: ReadonlyMap<string, number[]>,
): Problem[] {
  const metric = file.metrics[index];
  const outOf = metric?.outOf;
  if (metric === undefined || outOf === undefined) return [];
  const path = `metrics[${index}].outOf`;
  if (metric.kind !== 'rank')
    return [
      {
        path,
        code: 'outOfNotRank',
        params: { kind: metric.kind },
      },
    ];
  let worst: { index: number; year: number; value: number } | undefined;
  for (const i of observationsOf.get(metric.id) ?? []) {
    const o = file.observations[i];
    if (o && o.value > outOf && (!worst || o.value > worst.value))
      worst = { index: i, year: o.year, value: o.value };
  }
  if (!worst) return [];
  return [
    {
      path,
      code: 'outOfBelowRank',
      params: { outOf, index: worst.index, year: worst.year, rank: worst.value },
    },
  ];
}

/**
 * The contract's rules that span records: unique ids, references, value ranges (and no figure
 * past {@link LARGEST_VALUE}), one figure a year, `outOf` only on rank metrics and never
 * below a recorded rank, and a finding's follow-ups from a later report (for a plan, from its own year's on), one a year.
 */
export function checkRules(file: DatasetFile): Problem[] {
  const problems: Problem[] = [];
  const sources = uniqueIds(file.sources, 'sources', problems);
  const categories = uniqueIds(file.categories, 'categories', problems);
  uniqueIds(file.metrics, 'metrics', problems);
  const kindOf = new Map(file.metrics.map((m) => [m.id, m.kind]));
  const observationsOf = new Map<string, number[]>();
  file.observations.forEach((o, i) => {
    const list = observationsOf.get(o.metric);
    if (list) list.push(i);
    else observationsOf.set(o.metric, [i]);
  });

  file.metrics.forEach((m, i) => {
    if (!categories.has(m.category))
      problems.push(missingRef(`metrics[${i}].category`, 'missingCategory', m.category));
    if (m.outOf !== undefined)
      problems.push(
        ...tooLarge(`metrics[${i}].outOf`, m.outOf),
        ...checkOutOf(file, i, observationsOf),
      );
  });

  const seenYear = new Map<string, number>();
  file.observations.forEach((o, i) => {
    const at = `observations[${i}]`;
    const kind = kindOf.get(o.metric);
    if (kind === undefined) problems.push(missingRef(`${at}.metric`, 'missingMetric', o.metric));
    if (!sources.has(o.source))
      problems.push(missingRef(`${at}.source`, 'missingSource', o.source));
    const range = kind && rangeByKind[kind];
    if (range?.code && !range.ok(o.value))
      problems.push({ path: `${at}.value`, code: range.code, params: { value: o.value } });
    problems.push(...tooLarge(`${at}.value`, o.value));
    (o.statedChanges ?? []).forEach((c, j) =>
      problems.push(...tooLarge(`${at}.statedChanges[${j}].value`, c.value)),
    );
    const key = `${o.metric}\u0000${o.year}`;
    const first = seenYear.get(key);
    if (first === undefined) seenYear.set(key, i);
    else
      problems.push({
        path: `${at}.year`,
        code: 'duplicateYear',
        params: { metric: o.metric, year: o.year, first },
      });
  });

  (file.milestones ?? []).forEach((m, i) => {
    if (!categories.has(m.category))
      problems.push(missingRef(`milestones[${i}].category`, 'missingCategory', m.category));
    if (!sources.has(m.source))
      problems.push(missingRef(`milestones[${i}].source`, 'missingSource', m.source));
  });
  (file.findings ?? []).forEach((f, i) => {
    if (!categories.has(f.category))
      problems.push(missingRef(`findings[${i}].category`, 'missingCategory', f.category));
    if (!sources.has(f.source))
      problems.push(missingRef(`findings[${i}].source`, 'missingSource', f.source));
    (f.metrics ?? []).forEach((id, j) => {
      if (!kindOf.has(id))
        problems.push(missingRef(`findings[${i}].metrics[${j}]`, 'missingMetric', id));
    });
    const followUpYears = new Map<number, number>();
    (f.followUp ?? []).forEach((u, j) => {
      const at = `findings[${i}].followUp[${j}]`;
      if (!sources.has(u.source))
        problems.push(missingRef(`${at}.source`, 'missingSource', u.source));
      // A shortcoming is followed up by a later year's report; a plan, dated by the year it is
      // for, already by that year's own report.
      const earliest = f.type === 'plan' ? f.year : f.year + 1;
      if (u.year < earliest)
        problems.push({
          path: `${at}.year`,
          code: 'followUpTooEarly',
          params: { year: u.year, earliest },
        });
      const first = followUpYears.get(u.year);
      if (first === undefined) followUpYears.set(u.year, j);
      else
        problems.push({
          path: `${at}.year`,
          code: 'duplicateFollowUpYear',
          params: { year: u.year, first: `findings[${i}].followUp[${first}]` },
        });
    });
  });
  return problems;
}
