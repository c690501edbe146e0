/**
 * The Content-Security-Policy the dashboard runs under, in one place: the built index.html
 * carries it as a <meta> (vite.config.ts), the README asks servers to send it, and the
 * end-to-end specs serve the app under it. `connect-src` adds the other origins the build
 * allows data from (src/dataset/data-address.ts), so the policy never blocks what the app allows.
 */
function directives(dataOrigins: readonly string[]): [string, string][] {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['connect-src', ["'self'", ...dataOrigins].join(' ')],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'self'"],
  ];
}

/** Directives a browser ignores in a <meta> policy: only a response header can carry them. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

const policy = (list: [string, string][]) =>
  list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as a server sends it in the Content-Security-Policy header. */
export function contentSecurityPolicy(dataOrigins: readonly string[] = []): string {
  return policy(directives(dataOrigins));
}

/** The same policy less what a <meta http-equiv> cannot hold. */
export function metaContentSecurityPolicy(dataOrigins: readonly string[] = []): string {
  const headerOnly: readonly string[] = HEADER_ONLY_DIRECTIVES;
  return policy(directives(dataOrigins).filter(([name]) => !headerOnly.includes(name)));
}
