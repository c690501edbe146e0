import { describe, expect, test } from 'vitest';
import { findFigures } from '../../../src/features/update/find-figures.ts';

describe('findFigures on hostile text', () => {
  test('reads figures between markup as text, quoting exact slices', () => {
    const text = '<script>alert(0)</script><i>受理1件</i><b>满意率95.3%</b>';
    const found = findFigures(text);
    expect(found.map((f) => text.slice(f.span.start, f.span.end))).toEqual(['1件', '95.3%']);
    for (const f of found)
      expect(text.slice(f.quote.start, f.quote.end)).toContain(
        text.slice(f.span.start, f.span.end),
      );
  });

  test('keeps bidi control characters where they are, offsets and all', () => {
    const text = '\u202e满意率95.3%\u202c,\u2066受理申请800件\u2069';
    const found = findFigures(text);
    expect(found.map((f) => [text.slice(f.span.start, f.span.end), f.value])).toEqual([
      ['95.3%', 95.3],
      ['800件', 800],
    ]);
  });

  test('finishes on 10 MB of markup with no figure', () => {
    const text = 'a<script>'.repeat(Math.ceil(10_000_000 / 9));
    expect(findFigures(text)).toEqual([]);
  }, 30_000);

  test('finishes on 10 MB of figures with no sentence end', () => {
    const text = '受理8件、'.repeat(2_000_000);
    expect(findFigures(text).length).toBe(2_000_000);
  }, 60_000);

  test('finishes on long runs of digits and numerals', () => {
    expect(findFigures(`${'1,'.repeat(1_000_000)}5件`)).toHaveLength(1);
    expect(findFigures('一'.repeat(1_000_000))).toEqual([]);
  }, 30_000);
});
