import { describe, expect, it } from 'vitest';
import { intervalOf, lastDigitStep, overlaps } from '../../../src/model/interval.ts';

describe('what a published figure allows', () => {
  it('finds the step of the last written digit', () => {
    expect(lastDigitStep(340000)).toBe(10000);
    expect(lastDigitStep(73000)).toBe(1000);
    expect(lastDigitStep(70)).toBe(10);
    expect(lastDigitStep(94.12)).toBe(0.01);
    expect(lastDigitStep(8)).toBe(1);
  });

  it('reads 余 as up to the next step: 34万余 is 34万 to 35万, 千余 is 1000 to 2000', () => {
    expect(intervalOf(340000, 'atLeast')).toEqual({ low: 340000, high: 350000 });
    expect(intervalOf(1000, 'atLeast')).toEqual({ low: 1000, high: 2000 });
  });

  it('reads 约 as half a step either way', () => {
    expect(intervalOf(73000, 'approx')).toEqual({ low: 72500, high: 73500 });
  });

  it('reads a stated change as rounded to its last digit', () => {
    expect(intervalOf(-8, 'exact', true)).toEqual({ low: -8.5, high: -7.5 });
    expect(intervalOf(3.58, 'exact', true)).toEqual({ low: 3.575, high: 3.585 });
  });

  it('keeps exact figures exact', () => {
    expect(intervalOf(335000, 'exact')).toEqual({ low: 335000, high: 335000 });
  });

  it('tells whether two ranges meet', () => {
    expect(overlaps({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(overlaps({ low: 1, high: 2 }, { low: 2.5, high: 3 })).toBe(false);
  });
});
