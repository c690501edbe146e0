import type { Kind } from '../dataset/model.ts';
import { tidy } from './round.ts';

export interface ValueAxis {
  domain: [number, number | 'auto'];
  /** Ranks read best with 1st at the top. */
  reversed: boolean;
  /** Set where the kind decides them (ranks: 1st to last); null lets the chart choose. */
  ticks: number[] | null;
}

/** Whole places from 1st to the last one ranked, five or six ticks: 1, 5, 9, 13, 16. */
function rankTicks(last: number): number[] {
  const step = last <= 6 ? 1 : Math.ceil((last - 1) / 4);
  const ticks: number[] = [];
  for (let t = 1; t < last; t += step) ticks.push(t);
  // The last place always shows; a tick crowding it gives way.
  if (last - (ticks.at(-1) ?? 0) < step / 2) ticks.pop();
  return [...ticks, last];
}

/**
 * The value axis for a metric's kind: counts from zero, so that growth is not exaggerated;
 * percentages up to 100 from the nearest ten below the lowest figure; ranks from 1st at the
 * top to the number ranked (`outOf`), so 6th of 16 does not look like last.
 */
export function valueAxis(kind: Kind, values: readonly number[], outOf?: number): ValueAxis {
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  switch (kind) {
    case 'count': {
      // Ticks at round steps from zero (0, 1万, 2万…), never 0.9万, 1.8万.
      const step = niceCeil(max / 5) || 1;
      const top = Math.ceil(max / step) * step || step;
      const ticks = steps(0, top, step);
      return { domain: [0, top], reversed: false, ticks };
    }
    case 'percent':
      return {
        domain: [Math.max(0, Math.floor((min - 1) / 10) * 10), 100],
        reversed: false,
        ticks: null,
      };
    case 'rank': {
      // Without `outOf` the field is unknown: one place below the lowest rank recorded.
      const last = outOf ?? Math.max(max + 1, 3);
      return { domain: [1, last], reversed: true, ticks: rankTicks(last) };
    }
    case 'score':
      return {
        domain: [Math.floor(min - (max - min || Math.abs(min) || 1) * 0.5), 'auto'],
        reversed: false,
        ticks: null,
      };
  }
}

/** The next "nice" number up (1, 2, 2.5 or 5 × a power of ten), for axis ends people can read. */
/** The most ticks an axis draws; a step that would make more (or none) stops the axis there. */
const MOST_TICKS = 50;

/**
 * Ticks from `from` to `to` at `step`. A step that is not finite, not positive or too small to
 * move a figure as large as these (1e308 + step === 1e308) ends the list rather than looping on.
 */
export function steps(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  if (!Number.isFinite(step) || step <= 0 || !Number.isFinite(from)) return ticks;
  for (let t = from; t <= to + step / 2 && ticks.length < MOST_TICKS; t += step) {
    ticks.push(tidy(t));
    if (t + step === t) break;
  }
  return ticks;
}

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
  const first = Math.ceil(domain[0] / step) * step;
  return { domain, ticks: steps(first, domain[1], step).filter((t) => t <= domain[1] + 1e-9) };
}

/** An axis around some values, always including `anchor`, with ticks at nice steps: 80, 90, 100, 110. */
export function niceAxis(
  values: readonly number[],
  anchor: number,
): { domain: [number, number]; ticks: number[] } {
  const low = Math.min(anchor, ...values);
  const high = Math.max(anchor, ...values);
  const step = niceCeil((high - low) / 4) || 1;
  const from = Math.floor(low / step) * step;
  const to = Math.ceil(high / step) * step;
  return { domain: [tidy(from), tidy(to)], ticks: steps(from, to, step) };
}
