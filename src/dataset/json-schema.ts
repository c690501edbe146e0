import * as z from 'zod/mini';
import { datasetFileSchema } from './schema.ts';

/** The JSON Schema shipped for people who edit the dataset by hand. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetFileSchema, { target: 'draft-2020-12' }),
    $id: 'dataset.schema.json',
    title: 'Rule-of-law KPI dataset',
    description:
      'Format of the dataset loaded by the rule-of-law dashboard. Cross-references, unique ids, value ranges per kind and outOf against the recorded ranks are checked by the app.',
  };
}
