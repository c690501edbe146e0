import type { DatasetFile } from './schema.ts';

// A quick test of the two long lists of a dataset file (metrics and observations) against the
// shape schema.ts gives them. It answers only "certainly fine": whatever it is unsure of, the
// schema checks in full and explains. A large, clean file then skips the slow general-purpose
// check for tens of thousands of records. tests/unit/dataset/fast-shape.spec.ts holds it to
// never pass a record the schema would refuse.

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only the keys named, each passing its check; a key marked optional may be absent. */
function strictObject(
  required: Record<string, Check>,
  optional: Record<string, Check> = {},
): Check {
  const requiredKeys = Object.keys(required);
  return (value) => {
    if (!isRecord(value)) return false;
    for (const key of requiredKeys) if (!Object.hasOwn(value, key)) return false;
    for (const key of Object.keys(value)) {
      const check = Object.hasOwn(required, key)
        ? required[key]
        : Object.hasOwn(optional, key)
          ? optional[key]
          : undefined;
      if (!check?.(value[key])) return false;
    }
    return true;
  };
}

const ID = /^[a-z][a-z0-9_-]*$/;
const id: Check = (v) => typeof v === 'string' && ID.test(v);
const text: Check = (v) => typeof v === 'string' && v.length > 0;
const string: Check = (v) => typeof v === 'string';
const number: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const boolean: Check = (v) => typeof v === 'boolean';
const year: Check = (v) =>
  Number.isSafeInteger(v) && (v as number) >= 1949 && (v as number) <= 2100;
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const localizedObject = strictObject({ zh: text }, { en: string });
const localized: Check = (v) => text(v) || localizedObject(v);
const qualifier = oneOf('exact', 'atLeast', 'approx');

const metric = strictObject(
  {
    id,
    category: id,
    name: localized,
    unit: localized,
    kind: oneOf('count', 'percent', 'score', 'rank'),
    better: oneOf('higher', 'lower', 'neutral'),
  },
  {
    definition: localized,
    outOf: (v) => Number.isSafeInteger(v) && (v as number) >= 1,
    headline: boolean,
    detail: boolean,
  },
);

const statedChange = strictObject(
  { value: number, measure: oneOf('percent', 'points', 'absolute'), quote: text },
  { qualifier },
);

const observation = strictObject(
  { metric: id, year, value: number, source: id, quote: text },
  {
    qualifier,
    note: localized,
    comparableWithPrevious: boolean,
    statedChanges: (v) => Array.isArray(v) && v.every(statedChange),
  },
);

/** True only when every item of `list` certainly has the shape; false when unsure. */
const allOf = (list: unknown, check: Check) => Array.isArray(list) && list.every(check);

export const certainlyMetric = metric;
export const certainlyObservation = observation;

/**
 * The file with its metrics and observations set aside when both lists certainly have their
 * shape, so that the schema checks only the rest; undefined when the schema must check all.
 */
export function withoutLongLists(
  raw: Record<string, unknown>,
): { rest: Record<string, unknown>; restore: (file: DatasetFile) => DatasetFile } | undefined {
  const { metrics, observations } = raw;
  if (!allOf(metrics, metric) || !allOf(observations, observation)) return undefined;
  return {
    rest: { ...raw, metrics: [], observations: [] },
    restore: (file) => ({
      ...file,
      metrics: metrics as DatasetFile['metrics'],
      observations: observations as DatasetFile['observations'],
    }),
  };
}
