import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/settings/route.ts';

describe('routes', () => {
  it('reads every view from the hash', () => {
    expect(parseRoute('')).toEqual({ name: 'overview' });
    expect(parseRoute('#/')).toEqual({ name: 'overview' });
    expect(parseRoute('#/category/petitions')).toEqual({ name: 'category', id: 'petitions' });
    expect(parseRoute('#/metric/jsjb_requests')).toEqual({ name: 'metric', id: 'jsjb_requests' });
    expect(parseRoute('#/trends')).toEqual({ name: 'trends' });
    expect(parseRoute('#/coverage')).toEqual({ name: 'coverage' });
    expect(parseRoute('#/nonsense/x/y')).toEqual({ name: 'notFound', hash: '#/nonsense/x/y' });
  });

  it('writes the hash it reads', () => {
    expect(routeHash(parseRoute('#/metric/a_b'))).toBe('#/metric/a_b');
    expect(routeHash(parseRoute('#/coverage'))).toBe('#/coverage');
  });
});

describe('presentation routes', () => {
  it('reads the slide from the hash, counting from 1', () => {
    expect(parseRoute('#/present')).toEqual({ name: 'present', slide: null });
    expect(parseRoute('#/present/3')).toEqual({ name: 'present', slide: 3 });
    expect(parseRoute('#/present/0')).toEqual({ name: 'present', slide: 1 });
    expect(parseRoute('#/present/notes/12')).toEqual({ name: 'presentNotes', slide: 12 });
    expect(parseRoute('#/present/x')).toMatchObject({ name: 'notFound' });
  });

  it('writes the slide back into the hash', () => {
    expect(routeHash({ name: 'present', slide: 3 })).toBe('#/present/3');
    expect(routeHash({ name: 'present', slide: null })).toBe('#/present');
    expect(routeHash({ name: 'presentNotes', slide: 2 })).toBe('#/present/notes/2');
  });
});

describe('a malformed address', () => {
  it.each(['#/metric/%', '#/category/%zz', '#/embed/metric/%'])('%s is not found', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound', hash });
  });
});
