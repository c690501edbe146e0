import { describe, expect, it } from 'vitest';
import { roundTo, tidy } from '../../../src/model/round.ts';

describe('roundTo', () => {
  it('rounds a change to one decimal, as it is shown', () => {
    expect(roundTo(33.333333, 1)).toBe(33.3);
    expect(roundTo(25.96, 1)).toBe(26);
    expect(roundTo(-8.24, 1)).toBe(-8.2);
  });

  it('rounds a half up on a rise', () => {
    expect(roundTo(0.25, 1)).toBe(0.3);
    expect(roundTo(2.5, 0)).toBe(3);
  });

  // 400 → 399 is a fall of 0.25%, 400 → 401 a rise of 0.25%: both must read as 0.3%.
  it('rounds a fall as far from zero as an equal rise', () => {
    expect(roundTo(-0.25, 1)).toBe(-0.3);
    expect(roundTo(-0.05, 1)).toBe(-0.1);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });

  it('never gives negative zero, which would print as "-0"', () => {
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
  });
});

describe('tidy', () => {
  it('clears floating-point noise, so sums and differences compare as people expect', () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(98.01 - 94.12)).toBe(3.89);
  });

  it('keeps every published digit', () => {
    expect(tidy(94.12)).toBe(94.12);
    expect(tidy(340000)).toBe(340000);
    expect(tidy(0.0115)).toBe(0.0115);
    expect(tidy(-6.8)).toBe(-6.8);
  });
});
