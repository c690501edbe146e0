import { contentSecurityPolicy } from '../../src/app/content-security-policy.ts';

/**
 * The headers a careful intranet server sends. Every view must run under them with no
 * violation (strict-csp.spec), exports included, and the benchmark serves the app under them.
 * The policy itself lives in src/app/content-security-policy.ts, which the build also writes
 * into index.html as a <meta>.
 */
export const STRICT_CSP = contentSecurityPolicy();
