/** The one message an embed sends its host (CONTRACT §3): `{ type, height }`. */
export const RESIZE_MESSAGE = 'rule-of-law-dashboard:resize';

/**
 * Where an embed's height messages may go, from `?parentOrigin=`: to any page when it is
 * absent (the message carries nothing but a height), to that origin when it is one, and
 * nowhere when it is anything else. A mistyped value must not widen the audience to `*`.
 */
export type MessageTarget =
  { kind: 'any' } | { kind: 'origin'; origin: string } | { kind: 'refused'; reason: string };

/**
 * The target for `?parentOrigin=` as the link gives it (null: absent). Only a serialised
 * origin is taken, exactly as a browser writes `location.origin`: http or https, lower-case,
 * default port left out, no path, not even a trailing slash.
 */
export function messageTarget(text: string | null): MessageTarget {
  if (text === null) return { kind: 'any' };
  const refused = (why: string): MessageTarget => ({
    kind: 'refused',
    reason: `?parentOrigin=${JSON.stringify(text)} ${why}; the embed sends no height messages. Give the host page's origin exactly, e.g. https://intranet.example`,
  });
  if (text === '*') return refused('is a wildcard, which would tell any page the heights');
  if (text === 'null') return refused('is the opaque origin "null", which names no page');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused('is not an address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return refused(`has the scheme ${url.protocol} where an http or https origin is needed`);
  if (url.origin !== text)
    return refused(
      `is not a serialised origin (that would be ${url.origin}: no path, no trailing slash, lower case, no default port)`,
    );
  return { kind: 'origin', origin: url.origin };
}

/**
 * The origin an author means by what they typed (a page address, upper case, a trailing slash),
 * for the embed dialog; null when it names no http or https page.
 */
export function originOfHostPage(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}
