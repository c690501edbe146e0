import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { datasetJsonSchema } from './src/dataset/json-schema.ts';
import { normalise } from './src/dataset/normalise.ts';
import { parseDataset } from './src/dataset/parse.ts';
import { fingerprint, type ShippedDataset } from './src/dataset/shipped.ts';

// The editor schema is generated from the same zod schema the app validates with,
// so it can never drift from what the app accepts.
function writeDatasetSchema(): Plugin {
  return {
    name: 'write-dataset-schema',
    buildStart() {
      const file = new URL('./public/data/dataset.schema.json', import.meta.url);
      writeFileSync(file, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
    },
  };
}

// The shipped dataset is validated here, at build time, so that a reader's browser loads
// the validator only for another file (or this one edited on the server since the build).
// The page trusts the file only if its text is exactly what was validated, and only if
// the validator leaves it as it is (no unknown key, no invisible character to remove).
function validateShippedDataset(): Plugin {
  const path = 'public/data/dongcheng.json';
  const shipped = (): ShippedDataset | null => {
    const text = readFileSync(new URL(`./${path}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
    try {
      const dataset = parseDataset(text, path);
      const trusted = normalise(JSON.parse(text), dataset.warnings);
      return isDeepStrictEqual(trusted, dataset)
        ? { length: text.length, fingerprint: fingerprint(text), warnings: dataset.warnings }
        : null;
    } catch (error) {
      console.warn(`${path} does not pass validation; the page will say why.\n${String(error)}`);
      return null;
    }
  };
  return {
    name: 'validate-shipped-dataset',
    config: () => ({ define: { __SHIPPED_DATASET__: JSON.stringify(shipped()) } }),
  };
}

// MSW's service worker, for `?mock=` in development only: it lives in mocks/worker, not
// public/, so no build ever ships a service-worker script. The dev server also drops the
// dataset preload from index.html: the browser would hand its response to the app's fetch
// without asking the worker, and `?mock=` scenarios would show the real file.
function serveMockWorker(): Plugin {
  return {
    name: 'serve-mock-worker',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<link rel="preload" as="fetch"[^>]*>/, ''),
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(new URL('./mocks/worker/mockServiceWorker.js', import.meta.url)));
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), writeDatasetSchema(), validateShippedDataset(), serveMockWorker()],
  build: { target: 'es2022', reportCompressedSize: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.spec.{ts,tsx}', 'tests/components/**/*.spec.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // Whole-page renders in jsdom on a 2-core machine under parallel load: generous, not a speed target.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'screenshots',
          environment: 'node',
          include: ['tests/screenshots/*.shot.ts', 'tests/bench/*.bench.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
