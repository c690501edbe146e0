import type { core } from 'zod/mini';
import { withoutLongLists } from './fast-shape.ts';
import { mayHoldInvisible, removeInvisible } from './invisible.ts';
import { describeIssue } from './issue-messages.ts';
import type { Dataset } from './model.ts';
import { normalise } from './normalise.ts';
import { DatasetError, formatPath, type Problem, type ProblemMessage } from './problems.ts';
import { checkNotices } from './notices.ts';
import { checkRules } from './rules.ts';
import { datasetFileSchema, type DatasetFile } from './schema.ts';

import { MAX_DATASET_BYTES } from './read-body.ts';
export const SUPPORTED_VERSION = 1;

const wholeFile = (message: ProblemMessage): Problem[] => [{ path: '', ...message }];

function lineAndColumn(text: string, position: number) {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function parseJson(text: string, location: string): unknown {
  if (/^\uFEFF?\s*$/.test(text))
    throw new DatasetError('notJson', location, wholeFile({ code: 'fileEmpty', params: {} }));
  if (/^\uFEFF?\s*</.test(text))
    throw new DatasetError('html', location, wholeFile({ code: 'fileIsHtml', params: {} }));
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = String(error);
    const position = /end of JSON input/.test(message)
      ? json.length
      : Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const where = Number.isFinite(position) ? lineAndColumn(json, position) : undefined;
    throw new DatasetError(
      'notJson',
      location,
      wholeFile(
        where ? { code: 'syntaxErrorAt', params: where } : { code: 'syntaxError', params: {} },
      ),
    );
  }
}

function toProblem(issue: core.$ZodIssue): Problem {
  return { path: formatPath(issue.path), ...describeIssue(issue, issue.path.at(-1)) };
}

function withoutKeys(raw: unknown, issues: core.$ZodIssue[]): unknown {
  const copy: unknown = structuredClone(raw);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let node: unknown = copy;
    for (const key of issue.path) node = (node as Record<PropertyKey, unknown>)[key];
    for (const key of issue.keys) Reflect.deleteProperty(node as object, key);
  }
  return copy;
}

/** Below this many characters a file is read in one go: its steps are over within a frame. */
const STEP_THRESHOLD = 512 * 1024;

/**
 * Reads a dataset file's text into the normalised model, or throws a DatasetError that
 * lists every problem found. Unknown keys are warnings, never fatal.
 */
export function parseDataset(text: string, location: string): Dataset {
  const steps = readDataset(text, location);
  for (;;) {
    const step = guarded(() => steps.next(), location);
    if (step.done) return step.value;
  }
}

/**
 * parseDataset for the page: a large file is read in steps (JSON, invisible characters,
 * the schema, the rules, the model), each its own task, so that no single task keeps the
 * page from answering for the whole of it.
 */
export async function parseDatasetInSteps(
  text: string,
  location: string,
  bytes?: number,
): Promise<Dataset> {
  const steps = readDataset(text, location, bytes);
  for (;;) {
    const step = guarded(() => steps.next(), location);
    if (step.done) return step.value;
    if (text.length > STEP_THRESHOLD) await nextTask();
  }
}

/**
 * Lets the browser handle input and paint, then goes on: with scheduler.yield() where there is
 * one, which resumes ahead of other waiting tasks, so the reading is not drawn out by them.
 */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** JSON nested thousands deep exhausts the call stack in validation: say so, don't crash. */
function guarded<T>(step: () => T, location: string): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new DatasetError('invalid', location, wholeFile({ code: 'nestedTooDeep', params: {} }));
  }
}

/** The size of `text` in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two more bytes below U+10000, except each half of a surrogate pair adds one (4 in all).
    if (code >= 0x80) bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/** `bytes`: the file's size where the caller knows it, else counted here. */
function* readDataset(text: string, location: string, size?: number): Generator<void, Dataset> {
  const bytes = size ?? utf8Length(text);
  if (bytes > MAX_DATASET_BYTES)
    throw new DatasetError(
      'tooLarge',
      location,
      wholeFile({ code: 'fileTooLarge', params: { size: (bytes / 1024 / 1024).toFixed(1) } }),
    );
  const raw = parseJson(text, location);
  yield;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DatasetError('invalid', location, wholeFile({ code: 'notAnObject', params: {} }));
  const invisible = mayHoldInvisible(text) ? removeInvisible(raw, formatPath) : [];
  yield;
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version !== SUPPORTED_VERSION)
    throw new DatasetError('unsupportedVersion', location, [
      {
        path: 'version',
        code: 'versionNotSupported',
        params: { version, supported: SUPPORTED_VERSION },
      },
    ]);

  // A large clean file's metrics and observations are checked quickly, the rest by the schema.
  const quick = withoutLongLists(raw as Record<string, unknown>);
  const checked = quick?.rest ?? raw;
  let result = datasetFileSchema.safeParse(checked, { reportInput: true });
  const unknownKeys = result.success
    ? []
    : result.error.issues.filter((i) => i.code === 'unrecognized_keys');
  if (unknownKeys.length > 0)
    result = datasetFileSchema.safeParse(withoutKeys(checked, unknownKeys), { reportInput: true });
  const warnings = unknownKeys.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => toProblem({ ...issue, keys: [key], path: [...issue.path, key] }))
      : [],
  );
  if (!result.success)
    throw new DatasetError('invalid', location, result.error.issues.map(toProblem));
  yield;
  const file: DatasetFile = quick ? quick.restore(result.data) : result.data;
  const problems = checkRules(file);
  if (problems.length > 0) throw new DatasetError('invalid', location, problems);
  yield;
  return normalise(file, [...warnings, ...invisible, ...checkNotices(file)]);
}
