import { writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { datasetJsonSchema } from './src/dataset/json-schema.ts';

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

export default defineConfig({
  base: './',
  plugins: [react(), writeDatasetSchema()],
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
