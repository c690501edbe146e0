import { visible } from './invisible.ts';
import type { Localized } from './model.ts';

/** One thing wrong (or doubtful) in a dataset, located by its JSON path. */
export interface Problem {
  /** e.g. `observations[12].value`; empty for the file as a whole. */
  path: string;
  message: Localized;
}

export type DatasetFailure =
  | 'network'
  | 'notFound'
  | 'http'
  | 'notJson'
  | 'html'
  | 'tooLarge'
  | 'unsupportedVersion'
  | 'invalid';

/** A dataset that could not be loaded, with every problem found. */
export class DatasetError extends Error {
  readonly failure: DatasetFailure;
  readonly problems: Problem[];
  readonly location: string;

  constructor(failure: DatasetFailure, location: string, problems: Problem[]) {
    super(
      `${failure}: ${problems.map((p) => `${p.path} ${p.message.en ?? p.message.zh}`).join('; ')}`,
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
