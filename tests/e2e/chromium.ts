import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** CHROME_PATH when set (a wrong one counts as missing), else Debian's Chromium if installed. */
export const CHROMIUM_PATH = (
  process.env.CHROME_PATH
    ? [process.env.CHROME_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
).find((p) => existsSync(p));

export const chromiumMissingMessage = `
  ┌──────────────────────────────────────────────────────────────────────┐
  │ Chromium is not installed: the browser specs are SKIPPED.            │
  │ Install it (as root):  apt-get install -y chromium fonts-noto-cjk    │
  │ or point CHROME_PATH at a Chromium binary. Under CI=true this fails. │
  └──────────────────────────────────────────────────────────────────────┘`;

/** Debian's Chromium, headless, with the flags that keep it off the closed network. */
export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM_PATH) throw new Error(chromiumMissingMessage);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
