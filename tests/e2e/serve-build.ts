import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { build } from 'vite';
import { inject } from 'vitest';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface ServeOptions {
  /**
   * Build as `vite build` does from a shell (the default: specs test what ships). Under Vitest
   * NODE_ENV is "test", and Vite lets NODE_ENV win over the mode, which would ship React's
   * development runtime.
   */
  production?: boolean;
  /** Sent with every response, as an intranet server might (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Answers a request itself (a fault a proxy cannot play, e.g. a connection cut mid-body): true if it did. */
  respond?: (path: string, res: ServerResponse) => boolean;
}

export interface ServedBuild {
  /** e.g. http://127.0.0.1:41234/some/sub/path/ */
  url: string;
  close: () => Promise<void>;
}

/** Builds the app into a fresh temporary folder and returns its path. */
export async function buildApp({ production = true }: ServeOptions = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rol-build-'));
  const nodeEnv = process.env.NODE_ENV;
  if (production) process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (production && nodeEnv === undefined) delete process.env.NODE_ENV;
    else if (production) process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/**
 * Builds the app once and serves it under a sub-path, as an intranet server would,
 * so that relative asset and data paths are proven. Unknown files answer 404.
 */
export async function serveBuild(
  subPath = '/intranet/dashboard/',
  extraFiles: Record<string, string> = {},
  { production = true, headers = {}, respond }: ServeOptions = {},
): Promise<ServedBuild> {
  const shared = production ? inject('builtApp') : undefined;
  const outDir = shared ?? (await buildApp({ production }));
  const root = mkdtempSync(join(tmpdir(), 'rol-root-'));
  cpSync(outDir, join(root, subPath), { recursive: true });
  if (!shared) rmSync(outDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(extraFiles))
    writeFileSync(join(root, subPath, name), text);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (respond?.(path, res)) return;
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          ...headers,
          'Content-Type': types[/\.[a-z]+$/.exec(file)?.[0] ?? ''] ?? 'application/octet-stream',
        });
        res.end(body);
      },
      () => res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
