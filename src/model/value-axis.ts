import type { Kind } from '../dataset/model.ts';

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
