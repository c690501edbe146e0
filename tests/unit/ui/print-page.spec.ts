import { describe, expect, it } from 'vitest';
import {
  PRINT_CARD_INSET,
  PRINT_GAP,
  PRINT_MARGIN_MM,
  PRINT_PLOT_WIDTH,
  pageRule,
} from '../../../src/ui/print-page.ts';

describe('the printed page', () => {
  it('fits two charts and their cards across an A4 page within its margins', () => {
    const content = ((210 - PRINT_MARGIN_MM.left - PRINT_MARGIN_MM.right) * 96) / 25.4;
    expect(2 * (PRINT_PLOT_WIDTH.half + 2 * PRINT_CARD_INSET) + PRINT_GAP).toBeLessThanOrEqual(
      content,
    );
    expect(PRINT_PLOT_WIDTH.full + 2 * PRINT_CARD_INSET).toBeLessThanOrEqual(content);
    // Wide enough that five years of ticks at 8 pt never crowd.
    expect(PRINT_PLOT_WIDTH.half).toBeGreaterThan(300);
  });

  it('writes the running footer as CSS strings, with the page counters where the words put them', () => {
    const rule = pageRule('东城区 "测试" \\ 2024年', '第 {page} 页，共 {pages} 页');
    expect(rule).toContain('size: A4 portrait');
    expect(rule).toContain('@bottom-left { content: "东城区 \\"测试\\" \\\\ 2024年";');
    expect(rule).toContain('content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
    expect(pageRule('x', 'Page {page} of {pages}')).toContain(
      'content: "Page " counter(page) " of " counter(pages);',
    );
  });

  it('keeps a line break out of the footer', () => {
    expect(pageRule('a\nb', '{page}')).toContain('content: "a b";');
  });
});
