import { describe, expect, it } from 'vitest';
import { escapeXml, estimateWidth, wrapText } from '../../../../src/model/export/svg-text.ts';

describe('escapeXml', () => {
  it('leaves nothing that can start markup, and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u0007c\u000Bd\tok\uD800')).toBe('abcd\tok');
  });
});

describe('wrapText', () => {
  const width = (chars: number) => chars * 10;

  it('breaks Chinese between characters, never before closing punctuation', () => {
    const lines = wrapText('法治政府建设指标看板，数字可追溯。', width(10), 10, estimateWidth);
    expect(lines.join('')).toBe('法治政府建设指标看板，数字可追溯。');
    expect(lines[0]).toBe('法治政府建设指标看板，');
    expect(lines.every((l) => !/^[，。]/.test(l))).toBe(true);
  });

  it('breaks English between words and cuts a word longer than a line', () => {
    const lines = wrapText(
      'Requests to the hotline https://example.org/a/very/long/address',
      100,
      10,
      estimateWidth,
    );
    expect(lines[0]).toBe('Requests to the');
    expect(lines.every((l) => estimateWidth(l, 10) <= 100)).toBe(true);
    expect(lines.join('')).toContain('https://example.org/a/very/long/address'.slice(0, 10));
  });

  it('gives no line for no text', () => {
    expect(wrapText('', 100, 10, estimateWidth)).toEqual([]);
  });
});
