import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_PATH, chromiumMissingMessage, launchChromium } from './chromium.ts';
import { serveBuild, type ServeOptions, type ServedBuild } from './serve-build.ts';

if (!CHROMIUM_PATH) {
  if (process.env.CI === 'true') throw new Error(chromiumMissingMessage);
  console.warn(chromiumMissingMessage);
}

/** A describe block that runs only where Chromium is installed (and fails under CI without it). */
export const describeInChromium = describe.skipIf(!CHROMIUM_PATH);

/** The built app served for one spec file, and a Chromium to open it in. */
export interface ServedApp {
  /** e.g. http://127.0.0.1:41234/intranet/fzzf/ */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves the run's one production build (tests/e2e/global-build.ts) under a sub-path, with
 * `files` written beside it (e.g. a fixture dataset), and launches Chromium: before the file's
 * specs, closing both after them.
 */
export function serveAppInChromium(
  files: Record<string, string>,
  {
    subPath = '/intranet/fzzf/',
    headers,
    respond,
  }: { subPath?: string } & Pick<ServeOptions, 'headers' | 'respond'> = {},
): ServedApp {
  let served: ServedBuild | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serveBuild(subPath, files, { headers, respond });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The served app is used before its beforeAll ran.');
    return value;
  };
  return {
    get url() {
      return ready(served).url;
    },
    get browser() {
      return ready(browser);
    },
  };
}
