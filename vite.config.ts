import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy } from './src/app/content-security-policy.ts';
import { parseAllowedOrigins } from './src/dataset/data-address.ts';
import { datasetJsonSchema } from './src/dataset/json-schema.ts';
import { normalise } from './src/dataset/normalise.ts';
import { parseDataset } from './src/dataset/parse.ts';
import { DatasetError } from './src/dataset/problems.ts';
import { fingerprint, type ShippedDataset } from './src/dataset/shipped.ts';
import { problemText } from './src/i18n/problem-text.ts';
import { translator } from './src/i18n/translate.ts';

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
  // The problems as the page words them, in Chinese (the reference catalogue).
  const reasons = (error: unknown) => {
    if (!(error instanceof DatasetError)) return String(error);
    const t = translator('zh');
    return [
      `DatasetError (${error.failure}):`,
      ...error.problems.map((p) => `  ${p.path ? `${p.path} ` : ''}${problemText(p, t)}`),
    ].join('\n');
  };
  const shipped = (): ShippedDataset | null => {
    const text = readFileSync(new URL(`./${path}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
    try {
      const dataset = parseDataset(text, path);
      const trusted = normalise(JSON.parse(text), dataset.warnings);
      return isDeepStrictEqual(trusted, dataset)
        ? { length: text.length, fingerprint: fingerprint(text), warnings: dataset.warnings }
        : null;
    } catch (error) {
      console.warn(`${path} does not pass validation; the page will say why.\n${reasons(error)}`);
      return null;
    }
  };
  return {
    name: 'validate-shipped-dataset',
    config: () => ({ define: { __SHIPPED_DATASET__: JSON.stringify(shipped()) } }),
  };
}

// Each view's shell (the dashboard's pages, an embed, the slides) is loaded by the app once it
// runs (a lazy import), one round trip after the app's own code. The build appends to
// theme.js, which runs in <head> before any module, the files of each shell (its scripts and
// stylesheets), so that the shell the address asks for downloads together with the app's own
// code as preload links: from a script file, never an inline one.
function preloadShells(): Plugin {
  const shells = { embed: 'embed-shell', present: 'present-shell', full: 'full-shell' };
  let files: Record<string, string[]> = {};
  return {
    name: 'preload-shells',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
      );
      const reach = (file: string, into: Set<string>, loaded: ReadonlySet<string>) => {
        const chunk = chunks.get(file);
        if (!chunk || into.has(file) || loaded.has(file)) return;
        into.add(file);
        // A chunk's stylesheets come with it: fetched early too, applied when the chunk loads.
        for (const css of chunk.viteMetadata?.importedCss ?? [])
          if (!loaded.has(css)) into.add(css);
        for (const imported of chunk.imports) reach(imported, into, loaded);
      };
      const loaded = new Set<string>();
      for (const chunk of chunks.values())
        if (chunk.isEntry) reach(chunk.fileName, loaded, new Set());
      const filesOf = (name: string) => {
        const shell = [...chunks.values()].find((c) =>
          c.facadeModuleId?.endsWith(`/app/${name}.tsx`),
        );
        const wanted = new Set<string>();
        if (shell) reach(shell.fileName, wanted, loaded);
        return [...wanted];
      };
      files = Object.fromEntries(
        Object.entries(shells).map(([view, shell]) => [view, filesOf(shell)]),
      );
    },
    writeBundle(options) {
      const file = `${options.dir ?? 'dist'}/theme.js`;
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}
// Appended by the build (vite.config.ts, preloadShells).
(function (files) {
  'use strict';
  var view = /^#\\/(embed|present)(\\/|$)/.exec(window.location.hash);
  (files[view ? view[1] : 'full'] || []).forEach(function (file) {
    var link = document.createElement('link');
    // A stylesheet is only fetched here: the app applies it, in its order, with its chunk.
    if (/\\.css$/.test(file)) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.appendChild(link);
  });
})(${JSON.stringify(files)});
`,
      );
    },
  };
}

// Other origins `?data=` may load from, e.g. DASHBOARD_DATA_ORIGINS="https://stats.example" npm run
// build (README, "Point it at another dataset"). None by default: only the page's own origin.
const dataOrigins = parseAllowedOrigins(process.env.DASHBOARD_DATA_ORIGINS);

function allowDataOrigins(): Plugin {
  return {
    name: 'allow-data-origins',
    config: () => ({ define: { __DATA_ORIGINS__: JSON.stringify(dataOrigins) } }),
  };
}

// The strict policy in the built page itself, so that a server sending no header still keeps
// the page from loading or sending anything elsewhere. First in <head>, as a policy applies only
// to what follows it (the dataset preload included). Not in development: HMR needs inline scripts.
function pagePolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(dataOrigins)}" />`;
  return {
    name: 'page-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="UTF-8" \/>/i;
        if (!charset.test(html))
          throw new Error('index.html: no <meta charset> to put the policy after');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
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

// Unit specs that need a DOM (a page for embed.js, the address bar, SVG parsing)
// run with the component specs in jsdom; every other unit spec runs in node, with no setup.
const unitSpecsWithDom = [
  'tests/unit/embed/embed-host.spec.ts',
  'tests/unit/settings/url-sync.spec.ts',
  'tests/unit/model/export/figure-svg.spec.ts',
  'tests/unit/ui/export/clean-svg.spec.ts',
];

export default defineConfig({
  base: './',
  plugins: [
    react(),
    writeDatasetSchema(),
    validateShippedDataset(),
    preloadShells(),
    allowDataOrigins(),
    pagePolicy(),
    serveMockWorker(),
  ],
  build: { target: 'es2022', reportCompressedSize: false },
  test: {
    // Vitest leaves one core to itself by default: one worker on a 2-core machine, so every file
    // ran after the last, the browser specs mostly waiting on Chromium. Two keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          // Pure logic (model, settings, dataset, formatting): no DOM, no setup, no mock server.
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.spec.ts'],
          exclude: unitSpecsWithDom,
          setupFiles: ['tests/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/components/**/*.spec.{ts,tsx}', ...unitSpecsWithDom],
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
          globalSetup: ['tests/e2e/global-build.ts'],
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
