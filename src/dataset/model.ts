import type {
  FindingType,
  FollowUpStatus,
  Kind,
  Polarity,
  Qualifier,
  StatedMeasure,
} from './schema.ts';
import type { Problem } from './problems.ts';

export type { FindingType, FollowUpStatus, Kind, Polarity, Qualifier, StatedMeasure };

export interface Localized {
  zh: string;
  en?: string;
}

export interface Source {
  id: string;
  title: Localized;
  publisher?: Localized;
  published?: string;
  /** An http(s) address, safe to link to. */
  url?: string;
  /** Any other address as the file wrote it (`javascript:`, a bare word): shown as plain text only. */
  address?: string;
}

export interface Observation {
  metricId: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  source: Source;
  quote: string;
  note?: Localized;
  /**
   * False where the definition or scope changed since the metric's previous published
   * figure: no change may be computed, coloured or summed across it. True when the file
   * leaves it out.
   */
  comparableWithPrevious: boolean;
  /** Changes against the year before as the source words them, e.g. "较去年同期下降8%". */
  statedChanges: StatedChange[];
}

export interface StatedChange {
  value: number;
  measure: StatedMeasure;
  qualifier: Qualifier;
  quote: string;
}

export interface Metric {
  id: string;
  categoryId: string;
  name: Localized;
  unit: Localized;
  kind: Kind;
  better: Polarity;
  definition?: Localized;
  /**
   * Rank metrics only: how many were ranked (the axis runs 1…outOf). Absent when the file
   * does not say; never present on other kinds. Always ≥ every recorded rank of the metric.
   */
  outOf?: number;
  headline: boolean;
  /** A detail figure: shown on category and metric pages, left out of the overview's sections, the deck and Export all. */
  detail: boolean;
  /** Published observations only, sorted by year; a missing year is simply absent. */
  observations: Observation[];
}

export interface Category {
  id: string;
  name: Localized;
  metricIds: string[];
}

export interface Milestone {
  year: number;
  categoryId: string;
  text: Localized;
  source: Source;
  quote?: string;
}

/** What a later report says of a finding, verbatim. */
export interface FollowUp {
  year: number;
  status: FollowUpStatus;
  source: Source;
  quote: string;
}

export interface Finding {
  year: number;
  type: FindingType;
  categoryId: string;
  metricIds: string[];
  text: Localized;
  source: Source;
  quote?: string;
  /** What later reports say of it, by year (empty when none is recorded). */
  followUps: FollowUp[];
}

/** The validated, normalised dataset every view reads. */
export interface Dataset {
  title: Localized;
  region: Localized;
  updated: string;
  /** Every year from the first to the last published one, gaps included. */
  years: number[];
  sources: Source[];
  categories: Category[];
  metrics: Metric[];
  metricById: ReadonlyMap<string, Metric>;
  categoryById: ReadonlyMap<string, Category>;
  milestones: Milestone[];
  findings: Finding[];
  /** Doubtful but harmless things in the file, e.g. unknown keys. */
  warnings: Problem[];
}
