import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset/model.ts';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { DatasetError } from '../../../src/dataset/problems.ts';
import basic from '../../fixtures/basic.json';
import { wordsOf } from './problem-words.ts';

type Path = (string | number)[];
type Node = Record<string | number, unknown>;

/** Every place in the fixture a hand edit could touch: objects' keys and lists' items. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as Node);
  return entries.flatMap(([key, v]) => [[...path, key], ...pathsOf(v, [...path, key])]);
}
const paths = pathsOf(basic);

/** Values a person or a broken tool might leave in a field. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    -1,
    0,
    1.5,
    1e308,
    -0,
    1949,
    2101,
    'NaN',
    'Infinity',
    null,
    [],
    {},
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u202Eevil',
    '__proto__',
    'constructor',
  ),
);
const oddKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString'),
);

const edit = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...paths), value: oddValue }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
  fc.record({
    op: fc.constant('add' as const),
    path: fc.constantFrom(...paths),
    key: oddKey,
    value: oddValue,
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

/** Applies the edits to a fresh copy, as JSON text; an edit whose place is gone is skipped. */
function apply(edits: Edit[]): string {
  const file = structuredClone(basic) as unknown as Node;
  for (const e of edits) {
    const parent = e.path
      .slice(0, -1)
      .reduce<unknown>((n, k) => (n as Node | undefined)?.[k], file);
    if (typeof parent !== 'object' || parent === null) continue;
    const key = e.path.at(-1) as string | number;
    const node = parent as Node;
    if (e.op === 'set')
      Object.defineProperty(node, key, { value: e.value, enumerable: true, writable: true });
    else if (e.op === 'delete') Reflect.deleteProperty(node, key);
    else if (typeof node[key] === 'object' && node[key] !== null && !Array.isArray(node[key]))
      Object.defineProperty(node[key], e.key, { value: e.value, enumerable: true, writable: true });
  }
  return JSON.stringify(file);
}

/** The model's promises to every view: lookups agree with lists, figures are finite and sorted. */
function expectValidModel(dataset: Dataset) {
  expect(dataset.metricById.size).toBe(dataset.metrics.length);
  expect(dataset.categoryById.size).toBe(dataset.categories.length);
  for (const metric of dataset.metrics) {
    expect(dataset.categoryById.has(metric.categoryId)).toBe(true);
    const years = metric.observations.map((o) => o.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    for (const o of metric.observations) {
      expect(Number.isFinite(o.value)).toBe(true);
      expect(dataset.sources).toContain(o.source);
    }
  }
  for (const source of dataset.sources) if (source.url) expect(source.url).toMatch(/^https?:/);
}

describe('the parser on near-valid files', () => {
  it('returns a valid model or a list of problems named by their place, and never throws anything else', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let dataset: Dataset | undefined;
        try {
          dataset = parseDataset(apply(edits), 'generated.json');
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          const problems = (error as DatasetError).problems;
          expect(problems.length).toBeGreaterThan(0);
          for (const p of problems) {
            expect(typeof p.path).toBe('string');
            expect(wordsOf(p)?.zh.length).toBeGreaterThan(0);
            expect(wordsOf(p)?.en.length).toBeGreaterThan(0);
          }
        }
        if (dataset) expectValidModel(dataset);
        expect(({} as Node).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
      }),
      { numRuns: 3000 },
    );
    // 3 000 parses take 3 s alone and up to 8 s on two cores shared with a browser run: a
    // generous limit, never a speed target.
  }, 30_000);
});
