import type { Dataset } from './model.ts';
import { normalise } from './normalise.ts';
import type { Problem } from './problems.ts';
import type { DatasetFile } from './schema.ts';

/** What the build found when it validated the shipped dataset file (see vite.config.ts). */
export interface ShippedDataset {
  /** The length of the file's text and its fingerprint(), as the build read and validated it. */
  length: number;
  fingerprint: string;
  /** The warnings parseDataset listed for it. */
  warnings: Problem[];
}

/**
 * Written in by the build: the shipped file's fingerprint and warnings, or null when that
 * file needs validating in the page anyway (it is invalid, or the validator changes it).
 */
declare const __SHIPPED_DATASET__: ShippedDataset | null | undefined;

const shipped = typeof __SHIPPED_DATASET__ === 'undefined' ? null : __SHIPPED_DATASET__;

/**
 * A 53-bit hash of the text (cyrb53, public domain): any edit to the file changes it. It tells the file the build validated from any other, not a forgery from the
 * original; whoever can forge the data file on the server can replace the app as well.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(36);
}

/**
 * The dataset, when `text` is exactly the file the build validated: read without loading
 * the validator, with the warnings the build found. Undefined for any other text, which the
 * page then validates in full.
 */
export function readShipped(text: string): Dataset | undefined {
  const json = text.replace(/^\uFEFF/, '');
  if (!shipped || json.length !== shipped.length || fingerprint(json) !== shipped.fingerprint)
    return undefined;
  return normalise(JSON.parse(json) as DatasetFile, shipped.warnings);
}
