import type { Metric, Observation } from '../dataset/model.ts';
import { tidy } from './round.ts';

export type Growth =
  | { status: 'shown'; rate: number; from: Observation; to: Observation }
  | {
      status: 'none';
      reason: 'kind' | 'tooFewYears' | 'zeroBase' | 'approximate' | 'definitionChanged';
    };

/**
 * Compound annual growth between the first and last figure published in the years shown.
 * Meaningful only for counts and scores with exact figures, a base above zero and two or
 * more years between them; rates and ranks move in points and places instead.
 */
export function compoundGrowth(metric: Metric, years: readonly number[]): Growth {
  if (metric.kind === 'percent' || metric.kind === 'rank')
    return { status: 'none', reason: 'kind' };
  const shown = metric.observations.filter((o) => years.includes(o.year));
  const from = shown[0];
  const to = shown.at(-1);
  if (!from || !to || to.year - from.year < 2) return { status: 'none', reason: 'tooFewYears' };
  // A rate across a change of definition would compare two different things.
  if (shown.some((o) => o !== from && !o.comparableWithPrevious))
    return { status: 'none', reason: 'definitionChanged' };
  if (from.qualifier !== 'exact' || to.qualifier !== 'exact')
    return { status: 'none', reason: 'approximate' };
  if (from.value <= 0 || to.value < 0) return { status: 'none', reason: 'zeroBase' };
  const rate = (to.value / from.value) ** (1 / (to.year - from.year)) - 1;
  return { status: 'shown', rate: tidy(rate), from, to };
}
