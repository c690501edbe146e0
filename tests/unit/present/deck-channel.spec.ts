import { describe, expect, it } from 'vitest';
import { messageBudget, readDeckMessage } from '../../../src/features/present/deck-channel.ts';

describe('messages on the deck’s channel', () => {
  it('takes a slide within the deck, and a hello, in their exact shapes only', () => {
    expect(readDeckMessage({ type: 'slide', slide: 1 }, 47)).toEqual({ type: 'slide', slide: 1 });
    expect(readDeckMessage({ type: 'slide', slide: 47 }, 47)).toEqual({ type: 'slide', slide: 47 });
    expect(readDeckMessage({ type: 'hello' }, 47)).toEqual({ type: 'hello' });
    for (const data of [
      { type: 'slide', slide: 48 },
      { type: 'slide', slide: 10000 },
      { type: 'slide', slide: 0 },
      { type: 'slide', slide: Number.NaN },
      { type: 'slide', slide: Infinity },
      { type: 'slide', slide: 3, go: 'elsewhere' },
      { type: 'hello', slide: 3 },
      { type: 'slide' },
      Object.create({ type: 'hello' }) as object,
      [],
      undefined,
    ])
      expect(readDeckMessage(data, 47), JSON.stringify(data)).toBeNull();
  });

  it('allows a few messages a second, then none until the second has passed', () => {
    let now = 0;
    const allowed = messageBudget(3, 1000, () => now);
    expect([allowed(), allowed(), allowed(), allowed()]).toEqual([true, true, true, false]);
    now = 999;
    expect(allowed()).toBe(false);
    now = 1000;
    expect(allowed()).toBe(true);
  });
});
