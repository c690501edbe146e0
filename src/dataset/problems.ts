import { visible } from './invisible.ts';

type NoParams = Readonly<Record<never, never>>;

/**
 * Each kind of problem a data file can have, by code, with the parameters its message takes.
 * The words are in the message catalogues (src/i18n/zh/dataset-problems.ts), one message per
 * code, its placeholders exactly these parameters (src/i18n/problem-text.ts checks it). Text
 * quoted from the file comes here as it is to be shown: cut short and with invisible characters
 * spelled out. A list is shown joined in the reader's language.
 */
export interface ProblemParams {
  validatorUnavailable: NoParams;
  addressUnreachable: { location: string };
  /** `?data=` is a data:, blob: or other non-web address (src/dataset/data-address.ts). */
  addressNotWeb: { scheme: string };
  /** `?data=` is on an origin the build does not allow. */
  addressOtherOrigin: { origin: string; own: string };
  addressMalformed: NoParams;
  fileNotFound: { location: string };
  serverError: { location: string; status: number };
  transferInterrupted: { location: string };
  fileTooLarge: { size: string };
  fileTooLargeRead: NoParams;
  encodingGbk: NoParams;
  encodingUnknown: NoParams;
  fileEmpty: NoParams;
  fileIsHtml: NoParams;
  syntaxErrorAt: { line: number; column: number };
  syntaxError: NoParams;
  nestedTooDeep: NoParams;
  notAnObject: NoParams;
  versionNotSupported: { version: number; supported: number };
  fieldMissing: NoParams;
  notFinite: NoParams;
  mustBeText: { value: string };
  mustBeNumber: { value: string };
  mustBeInt: { value: string };
  mustBeBoolean: { value: string };
  mustBeList: { value: string };
  mustBeObject: { value: string };
  /** A type zod names that no message words: its own name. */
  mustBeType: { type: string; value: string };
  mustBeLocalized: NoParams;
  mustEqual: { allowed: string };
  mustBeOneOf: { allowed: string };
  textEmpty: NoParams;
  tooSmall: { bound: string };
  tooBig: { bound: string };
  yearOutOfRange: NoParams;
  dateFormat: NoParams;
  dateNotReal: { value: string };
  idFormat: NoParams;
  urlFormat: NoParams;
  wrongFormat: NoParams;
  notValid: NoParams;
  unknownField: { fields: readonly string[] };
  outOfNotWhole: { value: string };
  comparableNotBoolean: { value: string };
  duplicateId: { id: string; earlier: string };
  missingSource: { id: string };
  missingCategory: { id: string };
  missingMetric: { id: string };
  countNegative: { value: number };
  percentOutOfRange: { value: number };
  rankNotWhole: { value: number };
  /** A figure larger than any published one could be (src/dataset/rules.ts LARGEST_VALUE). */
  valueTooLarge: { value: number };
  duplicateYear: { metric: string; year: number; first: number };
  /** A follow-up dated before a report could speak of the finding: a shortcoming's year, or before a plan's. */
  followUpTooEarly: { year: number; earliest: number };
  /** A second follow-up of one finding for the same year. */
  duplicateFollowUpYear: { year: number; first: string };
  outOfNotRank: { kind: string };
  outOfBelowRank: { outOf: number; index: number; year: number; rank: number };
  textTooLong: { length: number; limit: number };
  sourceNotWebLink: { address: string };
  invisibleCharacters: { text: string };
}

export type ProblemCode = keyof ProblemParams;

/** A problem's message: its code and parameters, worded where it is shown. */
export type ProblemMessage = {
  [C in ProblemCode]: { code: C; params: ProblemParams[C] };
}[ProblemCode];

/** One thing wrong (or doubtful) in a dataset, located by its JSON path. */
export type Problem = ProblemMessage & {
  /** e.g. `observations[12].value`; empty for the file as a whole. */
  path: string;
};

export type DatasetFailure =
  | 'refused'
  | 'network'
  | 'notFound'
  | 'http'
  | 'notJson'
  | 'html'
  | 'tooLarge'
  | 'unsupportedVersion'
  | 'invalid';

/**
 * A dataset that could not be loaded, with every problem found. Its message lists their codes,
 * for a developer's log; readers see the problems worded (src/i18n/problem-text.ts).
 */
export class DatasetError extends Error {
  readonly failure: DatasetFailure;
  readonly problems: Problem[];
  readonly location: string;

  constructor(failure: DatasetFailure, location: string, problems: Problem[]) {
    super(
      `${failure}: ${problems.map((p) => `${p.path} ${p.code} ${JSON.stringify(p.params)}`).join('; ')}`,
    );
    this.name = 'DatasetError';
    this.failure = failure;
    this.location = location;
    this.problems = problems;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${visible(String(part))}`,
    )
    .join('');
}
