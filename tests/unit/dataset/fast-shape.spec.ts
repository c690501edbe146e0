import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainlyMetric, certainlyObservation } from '../../../src/dataset/fast-shape.ts';
import { metricSchema, observationSchema } from '../../../src/dataset/schema.ts';
import basic from '../../fixtures/basic.json';

// The quick check of metrics and observations (src/dataset/fast-shape.ts) stands in for the
// schema on large clean files. It must never pass a record the schema refuses, and it must
// pass the records of real files, or it would only ever cost time.
const shipped = JSON.parse(readFileSync('public/data/dongcheng.json', 'utf8')) as typeof basic;

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', 'Rank', 'a b', 'A1', '1a', 1948, 2101, 1.5, -1, 0, true, null, [], {}),
  fc.constantFrom({ zh: '' }, { zh: '数', en: 1 }, { en: 'x' }, { zh: '数', fr: 'x' }),
  fc.constantFrom(
    [{ value: 1, measure: 'percent', quote: '' }],
    [{ value: '8', measure: 'percent', quote: 'q' }],
  ),
);
const oddKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
);

/** A record from a real file with one to three hand edits: a key set, removed or added. */
function edited<T extends Record<string, unknown>>(records: readonly T[]) {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const change = fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: oddValue }),
    fc.record({ key: fc.constantFrom(...keys), remove: fc.constant(true) }),
    fc.record({ key: oddKey, value: oddValue }),
  );
  return fc
    .tuple(fc.constantFrom(...records), fc.array(change, { minLength: 1, maxLength: 3 }))
    .map(([record, changes]) => {
      const copy: Record<string, unknown> = JSON.parse(JSON.stringify(record)) as T;
      for (const c of changes)
        if ('remove' in c) Reflect.deleteProperty(copy, c.key);
        else
          Object.defineProperty(copy, c.key, {
            value: c.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      return copy;
    });
}

/** Values at and beyond every rule's edge, each tried in every field of a real record. */
const EDGES: unknown[] = [
  ...[1948, 1949, 2100, 2101, 2024.5, 0, 1, -1, 1.5, 2 ** 53, -0],
  ...['', ' ', 'a', 'A', 'a-1_b', '1a', 'a b', 'count', 'rank', 'higher', 'approx', 'percent'],
  ...['exact', 'atLeast', 'lower', 'neutral', 'score', 'points', 'absolute', 'Count', '数'],
  ...[true, false, null, [], {}, ['a'], { zh: '' }, { zh: '数' }, { zh: '数', en: '' }],
  ...[{ zh: '数', en: 1 }, { en: 'x' }, { zh: '数', fr: 'x' }, { zh: 1 }],
  [{ value: 1, measure: 'percent', quote: 'q' }],
  [{ value: 1, measure: 'percent', quote: '' }],
  [{ value: '8', measure: 'percent', quote: 'q' }],
  [{ value: 1, measure: 'percent', quote: 'q', qualifier: 'approx' }],
  [{ value: 1, measure: 'percent', quote: 'q', qualifier: 'roughly' }],
  [{ value: 1, measure: 'percent', quote: 'q', extra: 1 }],
];

describe('the quick check of metrics and observations', () => {
  it('never passes a real record with any field set to an edge value that the schema refuses', () => {
    const cases = [
      {
        records: [...basic.metrics, ...shipped.metrics],
        quick: certainlyMetric,
        schema: metricSchema,
      },
      {
        records: [...basic.observations, ...shipped.observations],
        quick: certainlyObservation,
        schema: observationSchema,
      },
    ];
    for (const { records, quick, schema } of cases) {
      const keys = new Set([
        ...records.flatMap((r) => Object.keys(r)),
        'definition',
        'outOf',
        'headline',
        'note',
        'qualifier',
        'statedChanges',
        'comparableWithPrevious',
        'constructor',
        'toString',
        '__proto__',
      ]);
      for (const record of records.slice(0, 12))
        for (const key of keys)
          for (const value of EDGES) {
            const copy = { ...record } as Record<string, unknown>;
            Object.defineProperty(copy, key, { value, enumerable: true, configurable: true });
            if (quick(copy))
              expect(schema.safeParse(copy).success, `${key}: ${JSON.stringify(value)}`).toBe(true);
          }
    }
  });

  it('passes every record of the shipped file and of the fixtures', () => {
    for (const file of [shipped, basic]) {
      expect(file.metrics.filter((m) => !certainlyMetric(m))).toEqual([]);
      expect(file.observations.filter((o) => !certainlyObservation(o))).toEqual([]);
    }
  });

  it('never passes an edited metric the schema refuses', () => {
    fc.assert(
      fc.property(edited([...basic.metrics, ...shipped.metrics]), (metric) => {
        if (certainlyMetric(metric)) expect(metricSchema.safeParse(metric).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never passes an edited observation the schema refuses', () => {
    fc.assert(
      fc.property(edited([...basic.observations, ...shipped.observations]), (observation) => {
        if (certainlyObservation(observation))
          expect(observationSchema.safeParse(observation).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
