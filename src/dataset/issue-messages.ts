import type { core } from 'zod/mini';
import { visible } from './invisible.ts';
import type { Localized } from './model.ts';

const typeNames: Record<string, Localized> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表 [ … ]', en: 'a list [ … ]' },
  object: { zh: '对象 { … }', en: 'an object { … }' },
};

const formatNames: Record<string, Localized> = {
  regex: {
    zh: '标识只能用小写字母、数字、“-”和“_”，并以字母开头（如 licensing_items）',
    en: 'an id may only use lowercase letters, digits, "-" and "_", starting with a letter (e.g. licensing_items)',
  },
  url: {
    zh: '不是有效的网址（应以 http:// 或 https:// 开头）',
    en: 'is not a valid web address (it must start with http:// or https://)',
  },
};

/** A wrong value as the file wrote it, cut short and with invisible characters spelled out. */
function show(value: unknown): string {
  const text = visible(JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

const outOfHint = (input: unknown): Localized => ({
  zh: `outOf 是参与排名的总数，应为1或更大的整数（如16个区参与排名就写 16），而这里是 ${show(input)}`,
  en: `outOf is how many were ranked: a whole number of 1 or more (16 if 16 districts were ranked), but it is ${show(input)}`,
});

/** Fields whose wrong values get words about what the field means, not just its type. */
const fieldHints: Record<string, (input: unknown) => Localized> = {
  outOf: outOfHint,
  comparableWithPrevious: (input) => ({
    zh: `应为 true 或 false（不加引号）：口径或统计范围与上一个公布数字不同时写 false，可比时不写这一项，而这里是 ${show(input)}`,
    en: `must be true or false (without quotes): write false when the definition or scope changed since the previous published figure, and leave it out when they compare; it is ${show(input)}`,
  }),
};

/** Plain-language wording, in both languages, of one problem zod found. */
export function describeIssue(issue: core.$ZodIssue, lastKey: PropertyKey | undefined): Localized {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return { zh: '缺少这一项，它是必填的', en: 'is missing; it is required' };
      const hint = typeof lastKey === 'string' ? fieldHints[lastKey] : undefined;
      if (hint) return hint(issue.input);
      if (issue.expected === 'number' && typeof issue.input === 'number')
        return { zh: '应为有限的数字', en: 'must be a finite number' };
      const name = typeNames[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return {
        zh: `应为${name.zh}，而这里是 ${show(issue.input)}`,
        en: `must be ${name.en ?? name.zh}, but is ${show(issue.input)}`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(show).join(lastKey === 'version' ? ', ' : ' / ');
      return issue.values.length === 1
        ? { zh: `应为 ${allowed}`, en: `must be exactly ${allowed}` }
        : { zh: `应为以下之一：${allowed}`, en: `must be one of: ${allowed}` };
    }
    case 'too_small':
    case 'too_big': {
      if (lastKey === 'year')
        return { zh: '年份应在1949到2100之间', en: 'the year must be between 1949 and 2100' };
      if (lastKey === 'outOf') return outOfHint(issue.input);
      if (issue.origin === 'string') return { zh: '不能为空', en: 'must not be empty' };
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return issue.code === 'too_small'
        ? { zh: `不能小于 ${String(bound)}`, en: `must be at least ${String(bound)}` }
        : { zh: `不能大于 ${String(bound)}`, en: `must be at most ${String(bound)}` };
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && String(issue.pattern).includes('\\d{4}'))
        return {
          zh: '日期应写成“年-月-日”（如 2024-03-28）',
          en: 'a date must be written year-month-day (e.g. 2024-03-28)',
        };
      return formatNames[issue.format] ?? { zh: '格式不对', en: 'has the wrong format' };
    }
    case 'invalid_union':
      return {
        zh: '应为文字，或 {"zh": "中文", "en": "English"}',
        en: 'must be text, or {"zh": "中文", "en": "English"}',
      };
    case 'unrecognized_keys':
      return {
        zh: `未知字段 ${issue.keys.map(show).join('、')}，已忽略（可能是拼写错误，或是更新版本看板才认识的字段）`,
        en: `unknown field ${issue.keys.map(show).join(', ')}, ignored (a misspelling, or a field only a newer dashboard knows)`,
      };
    default:
      return { zh: '内容不对', en: 'is not valid' };
  }
}
