import { describe, expect, it } from 'vitest';
import { useTrendsSettings } from '../../../src/features/trends/trends-settings.ts';

const trends = () => useTrendsSettings.getState();

describe('the trends settings store', () => {
  it('starts with the default metrics and plain values', () => {
    expect(trends()).toMatchObject({ metrics: null, reading: 'values' });
  });

  it('chooses metrics, none, or the default again', () => {
    trends().chooseMetrics(['a', 'b']);
    expect(trends().metrics).toEqual(['a', 'b']);
    trends().chooseMetrics([]);
    expect(trends().metrics).toEqual([]);
    trends().chooseMetrics(null);
    expect(trends().metrics).toBeNull();
  });

  it('switches the reading', () => {
    trends().setReading('index');
    expect(trends().reading).toBe('index');
  });

  it('takes its settings from a URL and ignores the rest', () => {
    trends().setReading('change');
    trends().readUrl(new URL('http://x/?lang=en&metrics=a,b#/trends'));
    expect(trends()).toMatchObject({ metrics: ['a', 'b'], reading: 'values' });
    expect(trends()).not.toHaveProperty('lang');
  });
});
