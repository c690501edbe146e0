import { describe, expect, it } from 'vitest';
import { mayHoldInvisible, visible } from '../../../src/dataset/invisible.ts';

// Every character removeInvisible takes out of a loaded file.
const INVISIBLE = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter(
    (c) => c !== 0x09 && c !== 0x0a && c !== 0x0d,
  ),
  ...Array.from({ length: 0x9f - 0x7f + 1 }, (_, i) => 0x7f + i),
  0x061c,
  0x200e,
  0x200f,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];
const hex = (code: number) => code.toString(16).padStart(4, '0');

describe('mayHoldInvisible, the quick look before the walk through every string', () => {
  it.each(INVISIBLE.map((code) => [visible(String.fromCharCode(code)), code]))(
    '%s is never missed, written out or escaped in any way JSON allows',
    (_, code) => {
      const char = String.fromCharCode(code);
      const forms = [
        JSON.stringify({ name: `数据${char}` }),
        `{"name":"数据${char}"}`,
        `{"name":"数据\\u${hex(code)}"}`,
        `{"name":"数据\\u${hex(code).toUpperCase()}"}`,
      ];
      for (const json of forms) expect(mayHoldInvisible(json), json).toBe(true);
    },
  );

  it('lets a clean file skip the walk', () => {
    const clean = JSON.stringify({
      name: { zh: '接诉即办', en: 'Requests\ttab\nline' },
      value: 9.8,
    });

    expect(mayHoldInvisible(clean)).toBe(false);
    expect(mayHoldInvisible('{"quote":"“约3万件” \\u4e07 \\\\n"}')).toBe(false);
  });
});
