import type { core } from 'zod/mini';
import { withoutLongLists } from './fast-shape.ts';
import { mayHoldInvisible, removeInvisible } from './invisible.ts';
import { describeIssue } from './issue-messages.ts';
import type { Dataset, Localized } from './model.ts';
import { normalise } from './normalise.ts';
import { DatasetError, formatPath, type Problem } from './problems.ts';
import { checkNotices } from './notices.ts';
import { checkRules } from './rules.ts';
import { datasetFileSchema, type DatasetFile } from './schema.ts';

export const MAX_DATASET_BYTES = 10 * 1024 * 1024;
export const SUPPORTED_VERSION = 1;

const wholeFile = (message: Localized): Problem[] => [{ path: '', message }];

function lineAndColumn(text: string, position: number) {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function parseJson(text: string, location: string): unknown {
  if (/^\uFEFF?\s*$/.test(text))
    throw new DatasetError(
      'notJson',
      location,
      wholeFile({
        zh: '文件是空的，里面没有任何数据。文件可能没有保存完整，或服务器返回了空内容。',
        en: 'The file is empty: there is no data in it. It may not have been saved completely, or the server sent nothing.',
      }),
    );
  if (/^\uFEFF?\s*</.test(text))
    throw new DatasetError(
      'html',
      location,
      wholeFile({
        zh: '收到的是一个网页（HTML），而不是 JSON 数据文件。数据地址可能写错了，或服务器返回了错误页。',
        en: 'This is a web page (HTML), not a JSON data file. The data address is probably wrong, or the server sent an error page.',
      }),
    );
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
        where
          ? {
              zh: `文件不是有效的 JSON：第 ${where.line} 行第 ${where.column} 列附近有语法错误（如缺少逗号、引号或括号），文件也可能不完整。`,
              en: `The file is not valid JSON: there is a syntax error near line ${where.line}, column ${where.column} (a missing comma, quote or bracket), or the file is cut short.`,
            }
          : {
              zh: '文件不是有效的 JSON（可能缺少逗号、引号或括号，或文件不完整）。',
              en: 'The file is not valid JSON (a missing comma, quote or bracket, or the file is cut short).',
            },
      ),
    );
  }
}

function toProblem(issue: core.$ZodIssue): Problem {
  return { path: formatPath(issue.path), message: describeIssue(issue, issue.path.at(-1)) };
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
    throw new DatasetError(
      'invalid',
      location,
      wholeFile({
        zh: '文件的层级嵌套太深（[ [ [ … ] ] ] 套了成千上万层），不是看板的数据格式。',
        en: 'The file is nested far too deep ([ [ [ … ] ] ] thousands of levels), which is not the dashboard’s data format.',
      }),
    );
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
      wholeFile({
        zh: `文件有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过了 10 MB 的上限。请拆分或精简数据。`,
        en: `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the 10 MB limit. Split or trim the data.`,
      }),
    );
  const raw = parseJson(text, location);
  yield;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DatasetError(
      'invalid',
      location,
      wholeFile({
        zh: '文件应为一个 JSON 对象 { … }，以 "format": "rule-of-law-dataset" 开头。',
        en: 'The file must be one JSON object { … } starting with "format": "rule-of-law-dataset".',
      }),
    );
  const invisible = mayHoldInvisible(text) ? removeInvisible(raw, formatPath) : [];
  yield;
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version !== SUPPORTED_VERSION)
    throw new DatasetError('unsupportedVersion', location, [
      {
        path: 'version',
        message: {
          zh: `这是第 ${version} 版格式的数据，本看板只能读取第 ${SUPPORTED_VERSION} 版。请使用对应版本的看板，或按 README 的说明转换文件。`,
          en: `This file uses format version ${version}; this dashboard reads version ${SUPPORTED_VERSION} only. Use a matching dashboard, or convert the file as the README explains.`,
        },
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
