import { describe, expect, it } from 'vitest';
import { shownAddress } from '../../../src/ui/shown-address.ts';

describe('an address as the page shows it', () => {
  it('keeps a short address as it is', () => {
    expect(shownAddress('data/other.json')).toBe('data/other.json');
  });

  it('drops control, bidi and zero-width characters, and runs white space together', () => {
    expect(shownAddress('data/\u202Enosj.x\u2066\u200B\u0007\u0085\n\t  a.json\uFEFF')).toBe(
      'data/nosj.x a.json',
    );
  });

  it('cuts a long address to 120 characters, the last an ellipsis, never inside a character', () => {
    const shown = shownAddress(`https://h.example/${'😀'.repeat(500)}`);
    expect([...shown]).toHaveLength(120);
    expect(shown.endsWith('😀…')).toBe(true);
  });
});
