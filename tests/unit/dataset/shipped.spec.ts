import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { fingerprint, readShipped } from '../../../src/dataset/shipped.ts';
import { basic, fileText } from '../../fixtures/index.ts';

// The build validates public/data/dongcheng.json and writes its fingerprint into the app
// (vite.config.ts, which Vitest shares); the page then reads that exact text without the
// validator. Any other text must go through the validator.
const text = readFileSync('public/data/dongcheng.json', 'utf8');

describe('the shipped dataset, validated at build time', () => {
  it('reads to the same model as full validation, warnings included', () => {
    const trusted = readShipped(text);

    expect(trusted).toBeDefined();
    expect(trusted).toEqual(parseDataset(text, 'data/dongcheng.json'));
  });

  it('is read the same with a byte-order mark in front', () => {
    expect(readShipped(`\uFEFF${text}`)).toEqual(readShipped(text));
  });

  it('is not trusted after any edit, however small', () => {
    const figure = /"value":\s*(\d)/.exec(text);
    const digit = figure?.[1] ?? '0';
    const edited = text.replace(figure?.[0] ?? '', (m) =>
      m.replace(digit, digit === '9' ? '8' : '9'),
    );

    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    expect(readShipped(edited)).toBeUndefined();
    expect(readShipped(`${text} `)).toBeUndefined();
    expect(readShipped(text.replace('"updated"', '"Updated"'))).toBeUndefined();
  });

  it('never trusts another file, valid or not', () => {
    expect(readShipped(fileText(basic))).toBeUndefined();
    expect(readShipped('{}')).toBeUndefined();
    expect(readShipped('')).toBeUndefined();
  });
});

describe('fingerprint', () => {
  it('tells apart texts of the same length that differ in one character', () => {
    const prints = new Set(['abcd', 'abce', 'bbcd', 'abdc', '数据一', '数据二'].map(fingerprint));

    expect(prints.size).toBe(6);
  });
});
