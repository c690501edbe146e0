import type { core } from 'zod/mini';
import { visible } from './invisible.ts';
import type { ProblemMessage } from './problems.ts';

/** The message for a value of the wrong type, by the type zod expected. */
const wrongTypeCodes = {
  string: 'mustBeText',
  number: 'mustBeNumber',
  int: 'mustBeInt',
  boolean: 'mustBeBoolean',
  array: 'mustBeList',
  object: 'mustBeObject',
} as const;

/** The message for a string in the wrong format, by the check it failed. */
const formatCodes: Partial<Record<string, 'idFormat' | 'urlFormat'>> = {
  regex: 'idFormat',
  url: 'urlFormat',
};

/** A wrong value as the file wrote it, cut short and with invisible characters spelled out. */
function show(value: unknown): string {
  const text = visible(JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

const outOfHint = (input: unknown): ProblemMessage => ({
  code: 'outOfNotWhole',
  params: { value: show(input) },
});

/** Fields whose wrong values get words about what the field means, not just its type. */
const fieldHints: Record<string, (input: unknown) => ProblemMessage> = {
  outOf: outOfHint,
  comparableWithPrevious: (input) => ({
    code: 'comparableNotBoolean',
    params: { value: show(input) },
  }),
};

/** The plain-language message (its code and parameters) of one problem zod found. */
export function describeIssue(
  issue: core.$ZodIssue,
  lastKey: PropertyKey | undefined,
): ProblemMessage {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { code: 'fieldMissing', params: {} };
      const hint = typeof lastKey === 'string' ? fieldHints[lastKey] : undefined;
      if (hint) return hint(issue.input);
      if (issue.expected === 'number' && typeof issue.input === 'number')
        return { code: 'notFinite', params: {} };
      const value = show(issue.input);
      return Object.hasOwn(wrongTypeCodes, issue.expected)
        ? {
            code: wrongTypeCodes[issue.expected as keyof typeof wrongTypeCodes],
            params: { value },
          }
        : { code: 'mustBeType', params: { type: issue.expected, value } };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(show).join(lastKey === 'version' ? ', ' : ' / ');
      return { code: issue.values.length === 1 ? 'mustEqual' : 'mustBeOneOf', params: { allowed } };
    }
    case 'too_small':
    case 'too_big': {
      if (lastKey === 'year') return { code: 'yearOutOfRange', params: {} };
      if (lastKey === 'outOf') return outOfHint(issue.input);
      if (issue.origin === 'string') return { code: 'textEmpty', params: {} };
      return issue.code === 'too_small'
        ? { code: 'tooSmall', params: { bound: String(issue.minimum) } }
        : { code: 'tooBig', params: { bound: String(issue.maximum) } };
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && String(issue.pattern).includes('\\d{4}'))
        return { code: 'dateFormat', params: {} };
      return { code: formatCodes[issue.format] ?? 'wrongFormat', params: {} };
    }
    case 'custom':
      if (issue.params?.problem === 'dateNotReal')
        return { code: 'dateNotReal', params: { value: show(issue.input) } };
      return { code: 'notValid', params: {} };
    case 'invalid_union':
      return { code: 'mustBeLocalized', params: {} };
    case 'unrecognized_keys':
      return { code: 'unknownField', params: { fields: issue.keys.map(show) } };
    default:
      return { code: 'notValid', params: {} };
  }
}
