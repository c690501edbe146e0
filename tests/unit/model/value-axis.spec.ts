import { describe, expect, it } from 'vitest';
import {
  changeAxis,
  changeDomain,
  niceAxis,
  niceCeil,
  steps,
  valueAxis,
} from '../../../src/model/value-axis.ts';

describe('valueAxis', () => {
  it('runs a rank axis from 1st at the top to the number ranked', () => {
    expect(valueAxis('rank', [6], 16)).toEqual({
      domain: [1, 16],
      reversed: true,
      ticks: [1, 5, 9, 13, 16],
    });
    expect(valueAxis('rank', [3], 6).ticks).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('starts counts at zero with round ticks, and caps percentages at 100', () => {
    expect(valueAxis('count', [270000, 340000])).toMatchObject({
      domain: [0, 400000],
      ticks: [0, 100000, 200000, 300000, 400000],
    });
    expect(valueAxis('percent', [94.12, 98.01]).domain).toEqual([90, 100]);
  });

  it('puts 1st place at the top of a rank axis', () => {
    expect(valueAxis('rank', [6, 3])).toMatchObject({ domain: [1, 7], reversed: true });
  });
});

describe('change axis', () => {
  it('ends at readable numbers on the sides the changes reach', () => {
    expect(changeDomain([-40.4, -7.9, null])).toEqual([-50, 0]);
    expect(changeDomain([3.89])).toEqual([0, 5]);
    expect(changeDomain([-3, 12])).toEqual([-5, 20]);
    expect(niceCeil(0.3)).toBe(0.5);
  });
});

describe('change axis ticks', () => {
  it('steps by nice numbers through zero', () => {
    expect(changeAxis([-40.4, -7.9])).toEqual({ domain: [-50, 0], ticks: [-40, -20, 0] });
    expect(changeAxis([3.89]).ticks).toEqual([0, 2, 4]);
  });
});

describe('niceAxis', () => {
  it('spans the values and the anchor with round ticks', () => {
    expect(niceAxis([79.4, 98.5, 104.1], 100)).toEqual({
      domain: [70, 110],
      ticks: [70, 80, 90, 100, 110],
    });
  });
});

describe('an axis for a figure far beyond any count', () => {
  it('ends at once for 1e308 beside another figure, never looping on a step too small to move it', () => {
    const axis = valueAxis('count', [5, 1e308]);
    expect(axis.ticks?.length).toBeLessThanOrEqual(50);
    expect(axis.ticks?.every(Number.isFinite)).toBe(true);
  });

  it('stops on a step that is not finite, not positive or cannot move the figure', () => {
    expect(steps(0, 10, Infinity)).toEqual([]);
    expect(steps(0, 10, 0)).toEqual([]);
    expect(steps(1e308, 1e308 * 1.5, 1)).toEqual([1e308]);
  });
});
