import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig } from 'vite';
import { STRICT_CSP } from '../e2e/csp.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Builds as `vite build` does from a shell. Under Vitest NODE_ENV is "test", and Vite lets
 * NODE_ENV win over the mode, which would ship React's development runtime.
 */
async function productionBuild(config: InlineConfig): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'error', ...config });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface BenchSite {
  /** The dashboard, built from the repository's own config, e.g. http://127.0.0.1:4123/ours/ */
  ours: string;
  /** The floor app of tests/bench/floor/, fed the same dataset file. */
  floor: string;
  close: () => Promise<void>;
}

/**
 * Builds the dashboard and the floor app into a temporary folder and serves both from one
 * local server, gzipped as an intranet server would send them, so that both pay the same
 * transfer costs. `extraFiles` are written next to the dashboard's index.html.
 */
export async function serveBenchSite(extraFiles: Record<string, string>): Promise<BenchSite> {
  const root = mkdtempSync(join(tmpdir(), 'rol-bench-'));
  const ours = join(root, 'ours');
  const floor = join(root, 'floor');
  await productionBuild({ build: { outDir: ours, emptyOutDir: true } });
  await productionBuild({
    configFile: false,
    root: join(import.meta.dirname, 'floor'),
    base: './',
    plugins: [react()],
    build: { outDir: floor, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  cpSync('public/data/dongcheng.json', join(floor, 'data.json'));
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(ours, name), text);
  const server = staticServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    ours: `${origin}/ours/`,
    floor: `${origin}/floor/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function staticServer(root: string): Server {
  const gzipped = new Map<string, Buffer>();
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    const type = types[/\.[a-z]+$/.exec(file)?.[0] ?? ''] ?? 'application/octet-stream';
    // The dashboard is measured under the strict CSP of the hardening work: no inline
    // script, no hash allowances. A lever that needed either would fail here, not pass.
    const headers = {
      'Content-Type': type,
      ...(path.startsWith('/ours/') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    };
    readFile(file).then(
      (body) => {
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'])))
          return void res.writeHead(200, headers).end(body);
        const packed = gzipped.get(file) ?? gzipSync(body);
        gzipped.set(file, packed);
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(packed);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
    );
  });
}
