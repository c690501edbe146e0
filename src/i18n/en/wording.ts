import type { wording as reference } from '../zh/wording.ts';

/**
 * How a change is put in words (src/model/wording): amounts on cards, bars and in tables, and the
 * one sentence a leader reads out about a metric in a year.
 */
export const wording = {
  vsYear: 'vs {year}',
  vsPreviousYear: 'on the year before',
  noChange: 'unchanged',
  noComparison: 'no earlier figure to compare',
  zeroBase: 'previous value was zero; no growth rate',
  pointsUnit: 'pp',
  percentPoints: 'percentage points',
  place: 'place',
  places: 'places',
  rankUp: 'up',
  rankDown: 'down',
  placesMoved: '{way} {count} {places}',
  noFigureFor: 'no figure for {year}',
  roughlyUp: 'up',
  roughlyDown: 'down',
  approxReason: 'approximate figures: direction only',
  approxUnclear: 'approximate figures: direction unclear',
  definitionChanged: 'definition changed: not compared',
  statedBySource: 'as the source states',
  previousYearShort: 'the year before',
  approxSuffix: ' (approximate figures)',
  moveUpRelative: 'up {percent}% (+{amount}) from',
  moveDownRelative: 'down {percent}% (−{amount}) from',
  moveUpAbsolute: 'up {amount} from',
  moveDownAbsolute: 'down {amount} from',
  moveUpPoints: 'up {amount} from',
  moveDownPoints: 'down {amount} from',
  moveUpPlaces: 'up {amount} from',
  moveDownPlaces: 'down {amount} from',
  moveRoughlyUp: 'up from',
  moveRoughlyDown: 'down from',
  moveFlat: 'unchanged from',
  movedClause: '{movement} {previous} in {versusYear}',
  unclearClause: 'no clear change from {previous} in {versusYear}',
  sentenceNotPublished: '{name}: not published for {year}.',
  sentenceOpening: '{name}: {figure} in {year}',
  sentenceOpeningCounted: '{name}: {figure} in {year}',
  sentenceAlone: '{opening}.',
  sentenceStatedOnly:
    '{opening}; the source reports {stated} on the year before, for which no figure is published.',
  sentenceMoved: '{opening}, {clause}{approx}.',
  sentenceMovedStated: '{opening}, {clause}{approx}; the source reports {stated}.',
  sentenceNotComparable:
    '{opening}; not compared with {previous} in {previousYear}, which was measured differently.',
  statedNote:
    'The source states {quotes} ({amounts}); the figures published for {previousYear} and {year} ({previous}, {current}) give {amount}. The two may differ in scope, base or period.',
  statedRise: 'a rise of {amounts}',
  statedFall: 'a fall of {amounts}',
  statedNone: 'no change',
} as const satisfies Record<keyof typeof reference, string>;
