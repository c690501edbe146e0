import type { Qualifier } from '../dataset/model.ts';
import { tidy } from './round.ts';

/** The values a published figure allows: exact is a point, "余" a floor, "约" a neighbourhood. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * The size of the figure's last significant digit: 340000 → 10000 (34万), 7.3 → 0.1, 70 → 10.
 * A figure like 100000 ("10万余") gets the wider reading, 100000, which errs on the side of doubt.
 */
export function lastDigitStep(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0) return 0.01;
  const text = String(abs);
  const decimals = text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
  if (decimals > 0) return 10 ** -decimals;
  const zeros = /0*$/.exec(text)?.[0].length ?? 0;
  return 10 ** zeros;
}

/**
 * What a figure can mean. `atLeast` ("34万余") runs up to the next step of its last digit
 * (34万 to 35万); `approx` ("约7.3万") is half a step either way. With `rounded`, an exact
 * figure is read as rounded to its last digit (for stated changes such as "下降8%").
 */
export function intervalOf(value: number, qualifier: Qualifier, rounded = false): Interval {
  const step = lastDigitStep(value);
  if (qualifier === 'atLeast')
    return value >= 0
      ? { low: value, high: tidy(value + step) }
      : { low: tidy(value - step), high: value };
  if (qualifier === 'approx' || rounded)
    return { low: tidy(value - step / 2), high: tidy(value + step / 2) };
  return { low: value, high: value };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
