import type { Coverage } from '../../model/coverage.ts';

/** A shape per coverage, so no cell relies on colour; the word beside it is what is read out. */
export const coverageMark: Record<Coverage, string> = {
  published: '●',
  approximate: '≈',
  notPublished: '○',
};

export const coverageLabel = {
  published: 'coveragePublished',
  approximate: 'coverageApproximate',
  notPublished: 'coverageNotPublished',
} as const satisfies Record<Coverage, string>;

export const coverageKeyText = {
  published: 'coveragePublishedKey',
  approximate: 'coverageApproximateKey',
  notPublished: 'coverageNotPublishedKey',
} as const satisfies Record<Coverage, string>;
