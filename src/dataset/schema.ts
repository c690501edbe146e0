import * as z from 'zod/mini';

/** Text in Chinese with optional English; a plain string is taken as Chinese. */
const localized = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.optional(z.string()) }),
]);

const id = z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/));
const year = z.int().check(z.gte(1949), z.lte(2100));
/** A real calendar day, year-month-day: "2026-13-29" and "2023-02-30" are written right but no day. */
export function isCalendarDate(text: string): boolean {
  const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/),
    z.refine(isCalendarDate, { abort: true, params: { problem: 'dateNotReal' } }),
  );

export const kinds = ['count', 'percent', 'score', 'rank'] as const;
export const polarities = ['higher', 'lower', 'neutral'] as const;
export const qualifiers = ['exact', 'atLeast', 'approx'] as const;
export const findingTypes = ['shortcoming', 'plan'] as const;
/** What a later report says of a finding: done, some progress, or not mentioned at all. */
export const followUpStatuses = ['done', 'progress', 'notReported'] as const;

const source = z.strictObject({
  id,
  title: localized,
  publisher: z.optional(localized),
  published: z.optional(isoDate),
  /** Linked only when http(s); anything else is a warning and shows as plain text (CONTRACT §1). */
  url: z.optional(z.string()),
});

const category = z.strictObject({ id, name: localized });

export const metricSchema = z.strictObject({
  id,
  category: id,
  name: localized,
  unit: localized,
  kind: z.enum(kinds),
  better: z.enum(polarities),
  definition: z.optional(localized),
  /** Rank metrics only: how many were ranked, so the axis runs 1…outOf. */
  outOf: z.optional(z.int().check(z.gte(1))),
  headline: z.optional(z.boolean()),
  /** A detail figure: on category and metric pages only, not in the overview's sections, the deck or Export all. */
  detail: z.optional(z.boolean()),
});

export const statedMeasures = ['percent', 'points', 'absolute'] as const;

/** A change the source itself states, e.g. "较去年同期下降8%": kept verbatim, never recomputed. */
const statedChange = z.strictObject({
  /** Signed: −8 for "下降8%". */
  value: z.number(),
  /** percent: relative change in %; points: percentage points or score points; absolute: in the metric's unit. */
  measure: z.enum(statedMeasures),
  qualifier: z.optional(z.enum(qualifiers)),
  quote: z.string().check(z.minLength(1)),
});

export const observationSchema = z.strictObject({
  metric: id,
  year,
  value: z.number(),
  qualifier: z.optional(z.enum(qualifiers)),
  source: id,
  quote: z.string().check(z.minLength(1)),
  note: z.optional(localized),
  /** false: the definition or scope changed since the previous published figure. */
  comparableWithPrevious: z.optional(z.boolean()),
  statedChanges: z.optional(z.array(statedChange)),
});

const milestone = z.strictObject({
  year,
  category: id,
  text: localized,
  source: id,
  quote: z.optional(z.string()),
});

/** What a later report says of a finding, verbatim (CONTRACT §1). */
const followUp = z.strictObject({
  year,
  status: z.enum(followUpStatuses),
  source: id,
  quote: z.string().check(z.minLength(1)),
});

const finding = z.strictObject({
  year,
  type: z.enum(findingTypes),
  category: id,
  metrics: z.optional(z.array(id)),
  text: localized,
  source: id,
  quote: z.optional(z.string()),
  followUp: z.optional(z.array(followUp)),
});

/** The file's shape: the single source of truth for validation, types and the editor schema. */
export const datasetFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal('rule-of-law-dataset'),
  version: z.literal(1),
  title: localized,
  region: localized,
  updated: isoDate,
  sources: z.array(source),
  categories: z.array(category),
  metrics: z.array(metricSchema),
  observations: z.array(observationSchema),
  milestones: z.optional(z.array(milestone)),
  findings: z.optional(z.array(finding)),
});

export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type LocalizedInput = z.infer<typeof localized>;
export type Kind = (typeof kinds)[number];
export type Polarity = (typeof polarities)[number];
export type Qualifier = (typeof qualifiers)[number];
export type FindingType = (typeof findingTypes)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];
export type StatedMeasure = (typeof statedMeasures)[number];
