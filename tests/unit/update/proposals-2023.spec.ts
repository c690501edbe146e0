import { describe, expect, test } from 'vitest';
import { scoreProposals } from '../../bench/proposal-rows.ts';

// The bench's measure (tests/bench/proposal-rows.ts), held to the targets.
describe('proposals for the 2023 rule-of-law report, against the shipped file', () => {
  const score = scoreProposals();

  test('take out only the report figures whose quote stands in its text', () => {
    expect(score.removed.length).toBeGreaterThan(30);
    expect(score.removed.every((o) => o.year === 2023 && o.source.id === 'fzzf-2023')).toBe(true);
  });

  test('find at least 80% of them again with the right metric, value and qualifier', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });

  test('are right in at least 90% of the proposals that name a metric', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });
});
