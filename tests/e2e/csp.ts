/**
 * The headers a careful intranet server sends. Every view must run under them with no
 * violation (strict-csp.spec), exports included, and the benchmark serves the app under them.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');
