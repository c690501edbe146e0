import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * Layering of src/ as allow-lists: a file in `target` may import, of src, only files in the
 * `allowed` folders (its own included); any other file of src is an error saying the rule.
 */
function layer(target, allowed, rule) {
  return {
    target: target.includes('*') ? `${root}/src/${target}` : `src/${target}`,
    from: `${root}/src/**`,
    except: allowed.map((dir) => `${root}/src/${dir}/**`),
    message: rule,
  };
}

const featureMayImport = ['widgets', 'ui', 'model', 'dataset', 'i18n', 'settings'];

// One zone per feature folder, so that features/a may not import features/b.
const features = fs
  .readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layers = [
  ...features.map((feature) =>
    layer(
      `features/${feature}`,
      [...featureMayImport, `features/${feature}`],
      `features/${feature} may import widgets, ui, model, dataset, i18n, settings and its own folder; never app or another feature folder.`,
    ),
  ),
  layer(
    'features/*.*',
    featureMayImport,
    'A file directly in features/ may import widgets, ui, model, dataset, i18n and settings; never app or a feature folder.',
  ),
  layer(
    'widgets',
    ['widgets', 'ui', 'model', 'dataset', 'i18n', 'settings'],
    'widgets may import ui, model, dataset, i18n and settings; not features or app.',
  ),
  layer(
    'ui',
    ['ui', 'model', 'dataset', 'i18n'],
    'ui is app-agnostic: it may import model, dataset and i18n only; not settings, widgets, features or app.',
  ),
  layer('model', ['model', 'dataset', 'i18n'], 'model may import dataset and i18n only.'),
  layer('dataset', ['dataset'], 'dataset may import nothing of src outside dataset.'),
  layer(
    'i18n',
    ['i18n', 'dataset'],
    'i18n may import only dataset types; not settings, model, ui, widgets, features or app.',
  ),
  layer('settings', ['settings', 'i18n', 'dataset'], 'settings may import i18n and dataset only.'),
  { target: 'src', from: 'tests', message: 'Nothing in src imports tests/.' },
  {
    // Every file of src except src/main.tsx.
    target: [`${root}/src/*/**/*`, `${root}/src/!(main.tsx)`],
    from: 'mocks',
    message: 'src imports mocks/ only from src/main.tsx (a dev-only dynamic import).',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'mocks/worker/mockServiceWorker.js'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // src has its own zone for this (below).
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tests/**'], message: 'Nothing imports tests.' }] },
      ],
    },
  },
  {
    // Served as is to host pages: a classic script in plain ES2020 with browser globals only.
    files: ['public/embed.js', 'public/theme.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2020, sourceType: 'script', globals: globals.browser },
    rules: { strict: ['error', 'function'] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layers }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'model is plain TypeScript: no react.' },
            { name: 'react-dom', message: 'model is plain TypeScript: no react-dom.' },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*'], message: 'model is plain TypeScript: no react.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/dataset/**'],
              allowTypeImports: true,
              message: 'i18n may import only types from dataset (use `import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({
    ...config,
    files: ['src/**/*.{ts,tsx}'],
  })),
  {
    files: ['tests/components/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // These specs check what a chart draws: lines, markers and bars are SVG shapes with no
    // role or name to query, so reading the drawn elements is the point, not a shortcut.
    files: ['tests/components/charts/**/*.{ts,tsx}'],
    rules: {
      'testing-library/no-node-access': 'off',
      'testing-library/no-container': 'off',
    },
  },
);
