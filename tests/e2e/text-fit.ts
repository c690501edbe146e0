import type { Page } from 'playwright-core';

/**
 * Text that leaves its box, as a reader would see it: every line of text inside each element
 * matching `boxes` (a KPI card, a slide) must lie within that element, every badge within its
 * card, and an unbreakable unit (a figure, a bracketed word: `.nowrap`) must sit on one line.
 * Returns what does not, with the measured pixels.
 */
export function textOutside(page: Page, boxes: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const round = (n: number) => Math.round(n);
    // Clipped to nothing on purpose (`clip: rect(0 0 0 0)`), for screen readers only.
    const clippedAway = (e: Element) => {
      for (let at: Element | null = e; at; at = at.parentElement)
        if (getComputedStyle(at).clip.startsWith('rect')) return true;
      return false;
    };
    for (const box of document.querySelectorAll<HTMLElement>(selector)) {
      const outer = box.getBoundingClientRect();
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent?.trim() || !parent || clippedAway(parent)) continue;
        if (!parent.checkVisibility()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects())
          if (
            r.width > 0 &&
            (r.left < outer.left - 1 ||
              r.right > outer.right + 1 ||
              r.top < outer.top - 1 ||
              r.bottom > outer.bottom + 1)
          )
            problems.push(
              `"${node.textContent.trim().slice(0, 40)}" at x ${round(r.left)}–${round(r.right)}, y ${round(r.top)}–${round(r.bottom)}, outside ${selector} at x ${round(outer.left)}–${round(outer.right)}, y ${round(outer.top)}–${round(outer.bottom)}`,
            );
      }
      for (const unit of box.querySelectorAll<HTMLElement>('.nowrap, .kpi-tag')) {
        const lines = new Set([...unit.getClientRects()].map((r) => round(r.top)));
        if (unit.classList.contains('nowrap') && lines.size > 1)
          problems.push(`"${unit.textContent}" breaks over ${lines.size} lines`);
        const r = unit.getBoundingClientRect();
        if (r.right > outer.right + 1 || r.left < outer.left - 1)
          problems.push(`badge "${unit.textContent}" runs past ${selector}`);
      }
    }
    return problems;
  }, boxes);
}
