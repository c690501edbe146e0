import { describe, expect, it } from 'vitest';
import { retryTransient } from '../../../src/dataset/query.ts';
import { DatasetError } from '../../../src/dataset/problems.ts';

const error = (failure: ConstructorParameters<typeof DatasetError>[0]) =>
  new DatasetError(failure, 'x.json', []);

describe('retryTransient', () => {
  it('retries a failing network or server twice, then stops', () => {
    expect(retryTransient(0, error('network'))).toBe(true);
    expect(retryTransient(1, error('http'))).toBe(true);
    expect(retryTransient(2, error('http'))).toBe(false);
  });

  it('never retries a missing or broken file: asking again gives the same answer', () => {
    for (const failure of [
      'notFound',
      'notJson',
      'html',
      'tooLarge',
      'unsupportedVersion',
      'invalid',
    ] as const)
      expect(retryTransient(0, error(failure))).toBe(false);
  });
});
