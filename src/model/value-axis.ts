import type { Kind } from '../dataset/model.ts';
import { tidy } from './round.ts';

export interface ValueAxis {
  domain: [number, number | 'auto'];
  /** Ranks read best with 1st at the top. */
  reversed: boolean;
}

/**
 * The value axis for a metric's kind: counts from zero, so that growth is not exaggerated;
 * percentages up to 100 from the nearest ten below the lowest figure; ranks from 1st.
 */
export function valueAxis(kind: Kind, values: readonly number[]): ValueAxis {
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  switch (kind) {
    case 'count':
      return { domain: [0, 'auto'], reversed: false };
    case 'percent':
      return { domain: [Math.max(0, Math.floor((min - 1) / 10) * 10), 100], reversed: false };
    case 'rank':
      return { domain: [1, Math.max(max + 1, 3)], reversed: true };
    case 'score':
      return {
        domain: [Math.floor(min - (max - min || Math.abs(min) || 1) * 0.5), 'auto'],
        reversed: false,
      };
  }
}

/** The next "nice" number up (1, 2, 2.5 or 5 × a power of ten), for axis ends people can read. */
export function niceCeil(n: number): number {
  if (n <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= n) ?? 10;
  return tidy(step * power);
}

/** A change axis from zero to nice ends on whichever sides the changes reach. */
export function changeDomain(values: readonly (number | null)[]): [number, number] {
  const known = values.filter((v): v is number => v !== null);
  const low = Math.min(0, ...known);
  const high = Math.max(0, ...known);
  return [low < 0 ? -niceCeil(-low) : 0, niceCeil(high)];
}

/** The change axis with ticks at nice steps: [-50, 0] gets −40, −20, 0. */
export function changeAxis(values: readonly (number | null)[]): {
  domain: [number, number];
  ticks: number[];
} {
  const domain = changeDomain(values);
  const step = niceCeil((domain[1] - domain[0]) / 4) || 1;
  const ticks: number[] = [];
  for (let v = Math.ceil(domain[0] / step) * step; v <= domain[1] + 1e-9; v += step)
    ticks.push(tidy(v));
  return { domain, ticks };
}
