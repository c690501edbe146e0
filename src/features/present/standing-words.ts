import type { Standing } from '../../model/scoreboard.ts';

/** The words under each count of the scoreboard, on the slide and in the PowerPoint alike. */
export const tileKeys = {
  improved: 'tileImproved',
  declined: 'tileDeclined',
  steady: 'tileSteady',
  noComparison: 'tileNoComparison',
  earlierYear: 'tileEarlierYear',
  notPublished: 'tileNotPublished',
} as const satisfies Record<Standing, string>;
