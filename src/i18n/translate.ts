import type { Localized } from '../dataset/model.ts';
import type { Lang } from './lang.ts';
import { messages, type MessageKey } from './messages.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params = {}) =>
    messages[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params[name] ?? `{${name}}`),
    );
}

/** Text in the language asked for, falling back to Chinese where no English was given. */
export function pick(text: Localized, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}
