import { useMemo, useSyncExternalStore } from 'react';
import type { PlannedChart } from '../../model/chart-groups.ts';
import { idListParam, readParams } from '../../settings/url-params.ts';

/*
 * `?metrics=` is also the trends view's choice, held in that feature's store. An embed only
 * reads it (nothing in an embed changes it), so it reads the address itself rather than bind
 * a second store to the same key, which would write a stale list over the trends view's.
 */
const embedParams = { metrics: idListParam };

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

/** The metrics `?metrics=` names, in its order; null when the link names none. */
export function useChosenMetrics(): string[] | null {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return useMemo(() => readParams(embedParams, new URLSearchParams(search)).metrics, [search]);
}

/** A category's charts narrowed to the chosen metrics, in the chosen order; unknown ids skipped. */
export function chosenCharts(
  charts: readonly PlannedChart[],
  chosen: readonly string[] | null,
): readonly PlannedChart[] {
  if (!chosen) return charts;
  return [...new Set(chosen)].flatMap((id) => charts.find((c) => c.metric.id === id) ?? []);
}
