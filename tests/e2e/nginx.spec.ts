import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { launchChromium } from './chromium.ts';
import { STRICT_CSP } from './csp.ts';
import { describeInChromium } from './served-app.ts';

// The README's nginx configuration, as written, serving the build: the headers it promises,
// fresh figures after the data file changes, and the app working under it. Only `listen` and
// `root` change, to a free port and a temporary folder; nginx runs as whoever runs the spec.

/** nginx on the PATH, or in /usr/sbin, which a user's PATH may leave out. */
const NGINX =
  spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim() ||
  ['/usr/sbin/nginx'].find((path) => existsSync(path));
const nginxFound = Boolean(NGINX);
if (!nginxFound) {
  const message =
    'nginx is needed to test the README server configuration: apt-get install -y nginx-light (Debian)';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}
const describeWithNginx = nginxFound ? describeInChromium : describeInChromium.skip;

const README = new URL('../../README.md', import.meta.url);
const SUB_PATH = '/fzzf/';
const DATA = 'data/dongcheng.json';

/** The nginx block between the README's markers, its ```nginx fence removed. */
function readmeNginxBlock(): string {
  const readme = readFileSync(README, 'utf8');
  const block =
    /<!-- nginx\.conf: begin[^>]*-->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx\.conf: end -->/.exec(
      readme,
    )?.[1];
  if (!block) throw new Error('README.md has no nginx block between its nginx.conf markers.');
  return block;
}

/** Makes a tree readable by every user: folders 755, files 644. */
function openToAll(path: string) {
  if (statSync(path).isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) openToAll(join(path, name));
  } else chmodSync(path, 0o644);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One plain request, as a client asking for gzip would make it (no decoding, no cache). */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The fixture with the 2024 satisfaction rate changed, as an update on the server would. */
function updatedDataset(rate: number): string {
  const file = structuredClone(basic);
  for (const o of file.observations)
    if (o.metric === 'hotline_satisfaction_rate' && o.year === 2024) {
      o.value = rate;
      o.quote = `满意率${rate}%`;
      delete o.statedChanges;
    }
  return fileText(file);
}

describeWithNginx('the README nginx configuration, serving the build', () => {
  let dir = '';
  let origin = '';
  let nginx: ChildProcess | undefined;
  let browser: Browser | undefined;
  let app = '';
  let logs = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rol-nginx-'));
    const www = join(dir, 'www');
    cpSync(inject('builtApp'), join(www, SUB_PATH), { recursive: true });
    // A dataset published long ago: with no Cache-Control a browser would reuse it for weeks.
    writeFileSync(join(www, SUB_PATH, DATA), fileText(basic));
    const longAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    utimesSync(join(www, SUB_PATH, DATA), longAgo, longAgo);
    // Workers of an nginx started by root run as nobody: everything must be readable by all
    // (temporary folders are made private).
    openToAll(dir);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    app = `${origin}${SUB_PATH}`;
    const block = readmeNginxBlock()
      .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^(\s*)root \/var\/www;$/m, `$1root ${www};`);
    if (!block.includes(`listen 127.0.0.1:${port};`) || !block.includes(`root ${www};`))
      throw new Error(
        'The README nginx block no longer has the `listen 80;` and `root /var/www;` lines the spec changes.',
      );
    writeFileSync(join(dir, 'dashboard.conf'), block);
    // What Debian's nginx.conf around conf.d/ gives, with every path in the temporary folder.
    mkdirSync(join(dir, 'logs'));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/logs/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/dashboard.conf;
}
`,
    );
    const test = spawnSync(NGINX ?? 'nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
    });
    if (test.status !== 0) throw new Error(`nginx rejects the README block:\n${test.stderr}`);
    nginx = spawn(NGINX ?? 'nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
    nginx.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    // Up once it answers (a poll by hand: expect.poll belongs in a test, not a hook).
    for (
      let tries = 0;
      (await get(app).then(
        (r) => r.status,
        () => 0,
      )) !== 200;
      tries += 1
    ) {
      if (tries > 100 || nginx.exitCode !== null)
        throw new Error(`nginx did not start:\n${`${logs}${readLog('error.log')}`.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const stopped = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await stopped;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const readLog = (name: string) => {
    try {
      return readFileSync(join(dir, 'logs', name), 'utf8');
    } catch {
      return '';
    }
  };

  /** The build's hashed files, as index.html and theme.js name them. */
  async function assetPaths() {
    const html = (await get(app)).body.toString();
    return [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  }

  it('sends the strict policy, nosniff and a Cache-Control on every file, and on a 404', async () => {
    const assets = await assetPaths();
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    const paths = [
      '',
      'index.html',
      'theme.js',
      'embed.js',
      DATA,
      'favicon.svg',
      'missing.json',
      ...assets,
    ];
    for (const path of paths) {
      const { status, headers } = await get(`${app}${path}`);
      expect(status, path).toBe(path === 'missing.json' ? 404 : 200);
      expect(headers['content-security-policy'], path).toBe(STRICT_CSP);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['cache-control'], path).toBe(
        path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });

  it('gives each file its MIME type in UTF-8, compressed for a client that asks', async () => {
    const assets = await assetPaths();
    const js = assets.find((a) => a.endsWith('.js')) ?? '';
    const css = assets.find((a) => a.endsWith('.css')) ?? '';
    const types: [string, RegExp][] = [
      ['', /^text\/html; charset=utf-8$/],
      ['theme.js', /^application\/javascript; charset=utf-8$/],
      ['embed.js', /^application\/javascript; charset=utf-8$/],
      [js, /^application\/javascript; charset=utf-8$/],
      [css, /^text\/css; charset=utf-8$/],
      [DATA, /^application\/json; charset=utf-8$/],
      ['favicon.svg', /^image\/svg\+xml/],
    ];
    for (const [path, type] of types) {
      const plain = await get(`${app}${path}`);
      expect(plain.headers['content-type'], path).toMatch(type);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
    }
    for (const path of ['', js, css, DATA]) {
      const zipped = await get(`${app}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toMatch(/Accept-Encoding/i);
    }
  });

  /** The figure the overview's satisfaction card shows. */
  async function satisfaction(page: Page) {
    const card = page.locator('.kpi-card', { hasText: '热线诉求满意率' }).first();
    await card.waitFor();
    return (await card.locator('.kpi-value').textContent()) ?? '';
  }

  it('shows a changed data file after a reload and in a new tab, never the cached one', async () => {
    const context = await (browser as Browser).newContext();
    const page = await context.newPage();
    await page.goto(app);
    expect(await satisfaction(page)).toContain('95.3');

    writeFileSync(join(dir, 'www', SUB_PATH, DATA), updatedDataset(88.6));
    await page.reload();
    expect(await satisfaction(page)).toContain('88.6');

    writeFileSync(join(dir, 'www', SUB_PATH, DATA), updatedDataset(77.25));
    const tab = await context.newPage();
    await tab.goto(app);
    expect(await satisfaction(tab)).toContain('77.25');
    await context.close();
  });

  it('runs the dashboard, a metric page, an embed and the slides under it with no error', async () => {
    writeFileSync(join(dir, 'www', SUB_PATH, DATA), fileText(basic));
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(app);
    await page.locator('.kpi-card').first().waitFor();
    await page.goto(`${app}#/metric/hotline_requests`);
    await page.locator('main figure .chart-body svg').first().waitFor();
    await page.goto(`${app}?lang=en#/embed/kpis`);
    await page.getByRole('link', { name: 'Open in full dashboard' }).waitFor();
    await page.goto(`${app}#/present`);
    await page.locator('.slide').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/#\/present\/2$/);
    expect(errors).toEqual([]);
    expect(logs).toBe('');
    await page.close();
  });
});
