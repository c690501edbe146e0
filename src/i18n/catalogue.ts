import type { en } from './en/index.ts';
import type { zh } from './zh/index.ts';

/** A key of the message catalogue; the Chinese one is the reference every language translates. */
export type MessageKey = keyof typeof zh;

/** A language's messages: exactly the keys of the Chinese catalogue. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The names of the `{name}` placeholders in a message's text: `'{count} 项'` → `'count'`. */
export type PlaceholdersOf<Text extends string> =
  Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/**
 * The parameters a key takes: the placeholders of its text in either language. Both languages
 * mostly name the same ones (tests/unit/i18n/catalogue.spec.ts); where grammar differs, one
 * language may leave out a parameter the other shows. A union of keys takes every parameter
 * any of them names.
 */
export type ParamName<K extends MessageKey> = K extends MessageKey
  ? PlaceholdersOf<(typeof zh)[K]> | PlaceholdersOf<(typeof en)[K]>
  : never;

export type MessageParams<K extends MessageKey> = {
  readonly [Name in ParamName<K>]: string | number;
};

/** A key's parameters as arguments: none for a text without placeholders, else one object. */
export type ParamsArgument<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** A key whose text has no placeholders, so it can be shown without parameters. */
export type PlainMessageKey = {
  [K in MessageKey]: [ParamName<K>] extends [never] ? K : never;
}[MessageKey];
