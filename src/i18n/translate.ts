import type { Localized } from '../dataset/model.ts';
import type { MessageKey, ParamsArgument } from './catalogue.ts';
import type { Lang } from './lang.ts';
import { catalogueOf } from './load-catalogue.ts';

/**
 * A message in one language: `t('figureCount', { count: 3 })`. The parameters are typed from the
 * message's placeholders, so a missing, misspelt or extra one does not compile.
 */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArgument<K>) => string;

/** The messages of a language whose catalogue is loaded (see load-catalogue.ts). */
export function translator(lang: Lang): Translate {
  const messages = catalogueOf(lang);
  return (key, ...[params]) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params?.[name as keyof typeof params] ?? `{${name}}`),
    );
}

/** Text in the language asked for, falling back to Chinese where no English was given. */
export function pick(text: Localized, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}
