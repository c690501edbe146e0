import { describe, expect, it } from 'vitest';
import {
  defaultsOf,
  idListParam,
  oneOfParam,
  readParams,
  searchText,
  textParam,
  writeParams,
  yearParam,
  type UrlParams,
} from '../../../src/settings/url-params.ts';

interface Example {
  file: string;
  mode: 'a' | 'b';
  year: number | null;
  ids: string[] | null;
}

const params: UrlParams<Example> = {
  file: textParam('default.json'),
  mode: oneOfParam(['a', 'b'], 'a'),
  year: yearParam,
  ids: idListParam,
};

const read = (query: string) => readParams(params, new URLSearchParams(query));
const write = (values: Example, current = '') => {
  const query = new URLSearchParams(current);
  writeParams(params, values, query);
  return searchText(query);
};
const defaults = defaultsOf(params);

describe('a table of URL parameters', () => {
  it('gives every setting its fallback when the query is empty', () => {
    expect(defaults).toEqual({ file: 'default.json', mode: 'a', year: null, ids: null });
  });

  it('reads each parameter by its key', () => {
    expect(read('file=x.json&mode=b&year=2023&ids=p,q_r')).toEqual({
      file: 'x.json',
      mode: 'b',
      year: 2023,
      ids: ['p', 'q_r'],
    });
  });

  it.each([
    ['an unknown word', 'mode=c', { mode: 'a' }],
    ['a word in another case', 'mode=B', { mode: 'a' }],
    ['a year that is not a number', 'year=bad', { year: null }],
    ['a year of five digits', 'year=20231', { year: null }],
    ['a year of three digits', 'year=923', { year: null }],
    ['a year with a sign', 'year=-2023', { year: null }],
    ['an empty file name', 'file=', { file: 'default.json' }],
  ])('falls back to the default for %s', (_, query, expected) => {
    expect(read(query)).toEqual({ ...defaults, ...expected });
  });

  it('tells an absent list (the default) from an empty one (none chosen)', () => {
    expect(read('').ids).toBeNull();
    expect(read('ids=').ids).toEqual([]);
    expect(read('ids=,p,,q,').ids).toEqual(['p', 'q']);
  });

  it('leaves defaults out of the query', () => {
    expect(write(defaults)).toBe('');
    expect(write({ ...defaults, mode: 'b' })).toBe('?mode=b');
    expect(write({ ...defaults, file: 'default.json', year: 2024 })).toBe('?year=2024');
  });

  it('removes parameters that went back to their default', () => {
    expect(write(defaults, 'mode=b&year=2020&ids=p')).toBe('');
  });

  it('keeps parameters it does not own, in place', () => {
    expect(write({ ...defaults, year: 2022 }, 'parentOrigin=https%3A%2F%2Fa.b&mode=b')).toBe(
      '?parentOrigin=https%3A%2F%2Fa.b&year=2022',
    );
    expect(write({ ...defaults, mode: 'b' }, 'year=2020&x=1')).toBe('?x=1&mode=b');
  });

  it('writes an empty list, so that "none chosen" survives a reload', () => {
    expect(write({ ...defaults, ids: [] })).toBe('?ids=');
  });

  it('leaves commas unescaped', () => {
    expect(write({ ...defaults, ids: ['p', 'q'] })).toBe('?ids=p,q');
  });

  it.each<Example>([
    { file: 'a b/c.json', mode: 'b', year: 1949, ids: ['x'] },
    { file: 'https://h.example/d.json?v=1', mode: 'a', year: null, ids: [] },
    { file: 'default.json', mode: 'b', year: 2100, ids: ['p', 'q', 'r'] },
  ])('reads back what it writes: %o', (values) => {
    expect(read(write(values))).toEqual(values);
  });
});
