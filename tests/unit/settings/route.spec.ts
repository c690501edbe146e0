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
