/** How one query parameter is read and written. */
export interface UrlParam<T> {
  /** The value when the parameter is absent or malformed; left out of the query when written. */
  fallback: T;
  /** The value a query text asks for, or undefined when the text is malformed. */
  read: (text: string) => T | undefined;
  write: (value: NonNullable<T>) => string;
}

/**
 * A table of query parameters: each property is both the query key and the setting's name,
 * so adding a parameter to a link is one entry.
 */
export type UrlParams<S> = { readonly [K in keyof S]: UrlParam<S[K]> };

const keysOf = <S>(params: UrlParams<S>) => Object.keys(params) as (keyof S & string)[];

/** The settings a query asks for; anything absent or malformed takes its fallback. */
export function readParams<S>(params: UrlParams<S>, query: URLSearchParams): S {
  const values = {} as S;
  for (const key of keysOf(params)) {
    const param = params[key];
    const text = query.get(key);
    values[key] = (text === null ? undefined : param.read(text)) ?? param.fallback;
  }
  return values;
}

/** Sets each parameter of the table in `query`, deleting those at their fallback; other keys stay. */
export function writeParams<S>(params: UrlParams<S>, values: S, query: URLSearchParams): void {
  for (const key of keysOf(params)) {
    const param = params[key];
    const value = values[key];
    const fallback = param.fallback;
    const text = value === null || value === undefined ? null : param.write(value);
    const fallbackText = fallback === null || fallback === undefined ? null : param.write(fallback);
    if (text === null || text === fallbackText) query.delete(key);
    else query.set(key, text);
  }
}

/** Every setting at its fallback. */
export function defaultsOf<S>(params: UrlParams<S>): S {
  return readParams(params, new URLSearchParams());
}

/** The query as the address bar shows it: `?a=1&b=2`, or nothing at all. */
export function searchText(query: URLSearchParams): string {
  // Commas need no escaping in a query string, and a readable link is easier to check by eye.
  const text = query.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** One of a fixed list of words. */
export function oneOfParam<T extends string>(list: readonly T[], fallback: T): UrlParam<T> {
  return { fallback, read: (text) => list.find((item) => item === text), write: String };
}

/** One of a fixed list of words, or null (the fallback) to leave the choice to the view. */
export function optionalOneOfParam<T extends string>(list: readonly T[]): UrlParam<T | null> {
  return { fallback: null, read: (text) => list.find((item) => item === text), write: String };
}

/** A four-digit year; null (the fallback) leaves the choice to the view. */
export const yearParam: UrlParam<number | null> = {
  fallback: null,
  read: (text) => (/^\d{4}$/.test(text) ? Number(text) : undefined),
  write: String,
};

/** Free text; an empty value means the fallback. */
export function textParam(fallback: string): UrlParam<string> {
  return { fallback, read: (text) => text || undefined, write: String };
}

/**
 * Comma-separated ids. Absent is null (the view's own default); present but empty is an
 * empty list, so a link can say "none chosen".
 */
export const idListParam: UrlParam<string[] | null> = {
  fallback: null,
  read: (text) => text.split(',').filter(Boolean),
  write: (ids) => ids.join(','),
};

/** A switch written as 1 when on: `?transparent=1`. */
export const flagParam: UrlParam<boolean> = {
  fallback: false,
  read: (text) => (text === '1' || text === 'true' ? true : text === '0' ? false : undefined),
  write: (on) => (on ? '1' : '0'),
};

/**
 * The host page's origin for an embed's messages, kept as the link writes it, even when it is
 * malformed: the embed checks it (settings/embed-message.ts) and refuses a bad one, where
 * dropping it would quietly mean "any page".
 */
export const originParam: UrlParam<string | null> = {
  fallback: null,
  read: (text) => text,
  write: (origin) => origin,
};
