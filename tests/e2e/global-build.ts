import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp } from './serve-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build every browser spec serves, made once per run. */
    builtApp: string;
  }
}

/** Builds the app once for all browser specs (each used to build its own, ~20 s apiece). */
export default async function setup(project: TestProject) {
  const dir = await buildApp();
  project.provide('builtApp', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
