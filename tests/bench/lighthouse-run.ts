import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_PATH, chromiumMissingMessage } from '../e2e/chromium.ts';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** In ms, as Lighthouse's simulated throttling of its preset estimates them. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** Debian's Chromium with the flags of TOOLCHAIN.md, headless, its DevTools port chosen by itself. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  if (!CHROMIUM_PATH) throw new Error(chromiumMissingMessage);
  const profile = mkdtempSync(join(tmpdir(), 'rol-lighthouse-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { detached: true },
  );
  const exited = new Promise<void>((resolve) => chromium.once('exit', () => resolve()));
  // Its own process group (detached): its helpers, which write to the profile, stop with it.
  const stop = async () => {
    if (chromium.pid !== undefined) process.kill(-chromium.pid, 'SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    chromium.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (found) resolve(Number(found[1]));
    });
    chromium.on('exit', (code) =>
      reject(new Error(`Chromium quit (${code}) before it listened:\n${said}`)),
    );
  });
  return { port, stop };
}

/** One Lighthouse 12 run of `url` in a fresh Chromium, with the mobile or desktop preset. */
export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseFigures> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(
      url,
      {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => 100 * (categories[id]?.score ?? NaN);
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    await chromium.stop();
  }
}
