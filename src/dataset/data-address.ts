/**
 * Which `?data=` addresses the dashboard loads. Figures shown under the district's name must come
 * from the server that serves the dashboard, or from an origin the build was told to trust
 * (DASHBOARD_DATA_ORIGINS, read by vite.config.ts): a `data:` or `blob:` address carries its own
 * figures, and any other origin is a stranger's server.
 */
export type AddressVerdict =
  | { allowed: true; url: string }
  | { allowed: false; reason: 'malformed' }
  | { allowed: false; reason: 'scheme'; scheme: string }
  | { allowed: false; reason: 'origin'; origin: string };

declare const __DATA_ORIGINS__: readonly string[] | undefined;

/** The other origins this build may load data from (none unless the build lists some). */
export const ALLOWED_DATA_ORIGINS: readonly string[] =
  typeof __DATA_ORIGINS__ === 'undefined' ? [] : __DATA_ORIGINS__;

/** `data` as the page at `page` would fetch it, or why it must not. */
export function checkDataAddress(
  data: string,
  page: string,
  allowedOrigins: readonly string[] = ALLOWED_DATA_ORIGINS,
): AddressVerdict {
  let url: URL;
  try {
    url = new URL(data, page);
  } catch {
    return { allowed: false, reason: 'malformed' };
  }
  // The scheme first: a blob: address has the origin of the page that made it.
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { allowed: false, reason: 'scheme', scheme: url.protocol };
  if (url.origin === new URL(page).origin || allowedOrigins.includes(url.origin))
    return { allowed: true, url: url.href };
  return { allowed: false, reason: 'origin', origin: url.origin };
}

/**
 * The build setting: origins separated by commas or spaces, each exactly `http(s)://host[:port]`.
 * Anything else stops the build rather than trusting more than was meant.
 */
export function parseAllowedOrigins(text: string | undefined): string[] {
  const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, ''))
      throw new Error(
        `DASHBOARD_DATA_ORIGINS: "${entry}" is not an origin such as https://data.example (scheme, host and port only).`,
      );
    return url.origin;
  });
}
