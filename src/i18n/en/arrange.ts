import type { arrange as reference } from '../zh/arrange.ts';

/** Arranging a presentation's slides: which to show, and in what order. */
export const arrange = {
  arrangeSlides: 'Arrange slides',
  arrangeHint:
    'Tick the slides to show. Drag a row, or use Move up and Move down, to change the order; Alt+↑ or Alt+↓ moves the row you are on. The link keeps this arrangement: copy it to send the deck.',
  arrangeStartFrom: 'Start from',
  arrangeBriefing: 'Briefing',
  arrangeFullDeck: 'Full deck',
  arrangeCount: '{count} of {total} slides in the deck',
  arrangeList: 'Every slide',
  arrangeInclude: 'Include: {title}',
  arrangeNumber: 'Slide {number}',
  arrangeLeftOut: 'Left out',
  arrangeMoveUp: 'Move up',
  arrangeMoveDown: 'Move down',
  arrangeMoveUpOf: 'Move up: {title}',
  arrangeMoveDownOf: 'Move down: {title}',
  arrangeMoved: '“{title}” is now slide {number}.',
  arrangeLastSlide: 'A deck needs at least one slide: this one cannot be left out.',
  arrangeSourcesUnused:
    'The slides chosen cite too few sources to need this page: it cannot be added.',
} as const satisfies Record<keyof typeof reference, string>;
