import { readFileSync } from 'node:fs';

interface Raw {
  metrics: { id: string; name: { zh: string; en?: string } | string; headline?: boolean }[];
  observations: { metric: string }[];
  [key: string]: unknown;
}

/**
 * The shipped dataset copied `times` times under new metric ids, for load benchmarks only:
 * its figures are the real ones repeated, never shipped and never shown as data.
 */
export function repeatedDataset(times: number): string {
  const raw = JSON.parse(readFileSync('public/data/dongcheng.json', 'utf8')) as Raw;
  const copy = (n: number) => (id: string) => (n === 0 ? id : `${id}_copy${n}`);
  const metrics = Array.from({ length: times }, (_, n) =>
    raw.metrics.map((m) => ({
      ...m,
      id: copy(n)(m.id),
      headline: n === 0 ? m.headline : undefined,
      name:
        typeof m.name === 'string'
          ? `${m.name} ${n}`
          : { zh: `${m.name.zh}（${n}）`, en: `${m.name.en ?? ''} (${n})` },
    })),
  ).flat();
  const observations = Array.from({ length: times }, (_, n) =>
    raw.observations.map((o) => ({ ...o, metric: copy(n)(o.metric) })),
  ).flat();
  return JSON.stringify({ ...raw, metrics, observations });
}
