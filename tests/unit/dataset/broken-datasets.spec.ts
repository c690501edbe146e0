import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetInSteps } from '../../../src/dataset/parse.ts';
import { DatasetError } from '../../../src/dataset/problems.ts';
import { brokenDatasets } from '../../fixtures/broken-datasets.ts';
import { basic } from '../../fixtures/index.ts';
import { wordsOf } from './problem-words.ts';

const HAN = /\p{Script=Han}/u;
/** Words of English, whatever the message quotes from the file. */
const ENGLISH = /\b[a-z]{2,} [a-z]{2,}\b/;

/** What the parser made of a file: the model, or the error it threw (never anything else). */
function read(text: string) {
  try {
    return { dataset: parseDataset(text, 'data/broken.json') };
  } catch (error) {
    return { error };
  }
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join());

describe('broken dataset files', () => {
  it('are at least forty different cases', () => {
    expect(brokenDatasets.length).toBeGreaterThanOrEqual(40);
    expect(new Set(brokenDatasets.map((b) => b.name)).size).toBe(brokenDatasets.length);
  });

  it.each(brokenDatasets)('$name: refused or loaded as the contract says', ({ text, outcome }) => {
    const before = snapshot();
    const result = read(text());

    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if ('refused' in outcome) {
      expect(result.error).toBeInstanceOf(DatasetError);
      const error = result.error as DatasetError;
      expect(error.failure).toBe(outcome.refused);
      expect(error.problems.map((p) => p.path)).toContain(outcome.path);
      for (const problem of error.problems) {
        expect(wordsOf(problem)?.zh).toMatch(HAN);
        expect(wordsOf(problem)?.en).toMatch(ENGLISH);
      }
    } else {
      expect(result.error).toBeUndefined();
      const warnings = result.dataset?.warnings ?? [];
      if (outcome.path === undefined) expect(warnings).toEqual([]);
      else expect(warnings.map((w) => w.path)).toContain(outcome.path);
      for (const warning of warnings) {
        expect(wordsOf(warning)?.zh).toMatch(HAN);
        expect(wordsOf(warning)?.en).toMatch(ENGLISH);
      }
    }
  });

  it('keeps no invisible or text-direction character in what it loads', () => {
    const bidi = brokenDatasets.find((b) => b.name === 'bidi override characters in a name');
    const control = brokenDatasets.find((b) => b.name === 'control characters in a quote');
    const name = read(bidi?.text() ?? '').dataset?.metrics[0]?.name;
    const quote = read(control?.text() ?? '').dataset?.metrics[0]?.observations[0]?.quote;

    expect(name).toEqual({ zh: '诉求量件万8.9', en: 'Requests x' });
    expect(quote).toBe('诉求量为[31m9.8万件');
  });

  it('links a source only when its address is http(s), and keeps any other as plain text', () => {
    const hostile = brokenDatasets.find((b) => b.name === 'a javascript: source address');
    const source = read(hostile?.text() ?? '').dataset?.sources[0];

    expect(source?.url).toBeUndefined();
    expect(source?.address).toBe('javascript:alert(document.domain)');
    expect(read(JSON.stringify(JSON.parse(hostile?.text() ?? '{}'))).dataset?.sources[1]?.url).toBe(
      'https://www.example.gov.cn/fzzf/2023/report-2022.html',
    );
  });
});

describe('reading in steps, as the page does', () => {
  it.each(brokenDatasets)('$name: the same outcome as in one go', async ({ text }) => {
    const inOneGo = read(text());
    const inSteps = await parseDatasetInSteps(text(), 'data/broken.json').then(
      (dataset) => ({ dataset }),
      (error: unknown) => ({ error }),
    );

    expect(inSteps).toEqual(inOneGo);
  });
});

describe('a large valid file read in steps', () => {
  // The basic fixture's metrics and figures repeated under new ids: well over the size at
  // which the page reads a file in steps.
  const copy = (id: string, n: number) => (n === 0 ? id : `${id}_${n}`);
  const large = JSON.stringify({
    ...basic,
    metrics: Array.from({ length: 100 }, (_, n) =>
      basic.metrics.map((m) => ({ ...m, id: copy(m.id, n), headline: n === 0 && m.headline })),
    ).flat(),
    observations: Array.from({ length: 100 }, (_, n) =>
      basic.observations.map((o) => ({ ...o, metric: copy(o.metric, n) })),
    ).flat(),
  });

  it('lets other tasks run between its steps, and reads to the same model', async () => {
    expect(large.length).toBeGreaterThan(512 * 1024);
    const ran: string[] = [];
    const reading = parseDatasetInSteps(large, 'data/large.json').then(() => ran.push('read'));
    setTimeout(() => ran.push('other task'), 0);
    await reading;

    expect(ran).toEqual(['other task', 'read']);
    expect(await parseDatasetInSteps(large, 'data/large.json')).toEqual(
      parseDataset(large, 'data/large.json'),
    );
  });
});
