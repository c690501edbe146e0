import type { Problem, ProblemCode, ProblemParams } from '../dataset/problems.ts';
import type { ParamName } from './catalogue.ts';
import type { Translate } from './translate.ts';

/**
 * JSON that messages show as it is written. Braces in a message mark its placeholders, so the
 * message names a placeholder for it and the JSON is filled in here, the same in every language.
 */
const json = { object: '{ … }', localized: '{"zh": "中文", "en": "English"}' } as const;

type ParamValue = { [C in ProblemCode]: ProblemParams[C][keyof ProblemParams[C]] }[ProblemCode];

/**
 * A problem as the catalogue words it: its code is a message's key, and its parameters are
 * exactly that message's placeholders (bar the JSON above). A code with no message, a parameter
 * no placeholder names, or a placeholder with no parameter does not compile.
 */
type Worded = {
  [C in ProblemCode]: {
    readonly code: C;
    readonly params: Readonly<Record<Exclude<ParamName<C>, keyof typeof json>, ParamValue>> &
      Readonly<Record<Exclude<keyof ProblemParams[C], ParamName<C>>, never>>;
  };
}[ProblemCode];

/** What a problem in a data file says, in the language of `t`; the reader's list separator joins a list. */
export function problemText(problem: Problem, t: Translate): string {
  const { code, params }: Worded = problem;
  const filled: Record<string, string | number> = { ...json };
  for (const [name, value] of Object.entries<ParamValue>(params))
    filled[name] = typeof value === 'object' ? value.join(t('listSeparator')) : value;
  // `Worded` has checked the parameters against the key; `t` cannot see it through the union.
  return (t as (key: ProblemCode, params: Readonly<Record<string, string | number>>) => string)(
    code,
    filled,
  );
}
