import type { Page } from 'playwright-core';

/**
 * The one number style (src/i18n/format.ts), checked the way a reader meets it: every text the
 * page shows or reads out, in HTML and in drawn charts, outside the sources' own words (quotes in
 * “…”, blockquotes, a quote in another language, an address written out). Returns each figure written another way, with
 * where it stands, and any wording that calls a source wrong.
 *
 * Chinese: no thousands separators; 10万 and more in 万 (亿 from 1亿), never a six-digit figure in
 * full; below 10万 never in 万 outside a chart drawn in 万. English: separators from 1,000 on,
 * nothing abbreviated (K, M), no 万/亿.
 */
export function numberStyleProblems(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  return page.evaluate((language) => {
    const problems: string[] = [];
    const pageLang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
    const rules: [RegExp, string, (m: RegExpExecArray, inChart: boolean) => boolean][] =
      language === 'zh'
        ? [
            [/\d{1,3}(?:,\d{3})+(?![\d])/g, 'grouped with commas', () => true],
            [/(?<![\d.])\d{6,}(?![\d])/g, '10万 or more written in full', () => true],
            [
              /(\d+(?:\.\d+)?)万/g,
              'under 10万 written in 万',
              (m, inChart) => !inChart && Number(m[1]) < 10,
            ],
            [/(\d+(?:\.\d+)?)亿/g, 'under 1亿 written in 亿', (m) => Number(m[1]) < 1],
            [/不符|对不上|变差/g, 'wording that calls a source wrong', () => true],
          ]
        : [
            [/\d+(?:\.\d+)?\s?[KMB]\b/g, 'abbreviated', () => true],
            // 12345 and 12348 are the hotlines' telephone numbers, names rather than figures.
            [
              /(?<![\d,.])\d{5,}(?![\d]|\s*(?:hotline|legal hotline))/g,
              'no thousands separator',
              () => true,
            ],
            [
              /(?<![\d,.\-–])(\d{4})(?![\d])/g,
              'no thousands separator',
              (m) => Number(m[1]) < 1949 || Number(m[1]) > 2100,
            ],
            [/\d\s*[万亿]/g, 'a Chinese unit of count', () => true],
            [
              /do(?:es)? not (?:match|bear)|not borne out|(?:is|are) wrong/gi,
              'wording that calls a source wrong',
              () => true,
            ],
          ];
    // An address written out (translate="no") is not a figure either.
    const verbatim = 'blockquote, q, textarea, script, style, option, [translate="no"]';
    // A chart drawn in 万 writes every tick and label in 万: "98000" beside "10万" is two units.
    const inWan = new Set(
      [...document.querySelectorAll('svg')].filter((svg) => /\d万/.test(svg.textContent ?? '')),
    );
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(verbatim)) continue;
      const quotedIn = parent.closest('[lang]')?.getAttribute('lang') ?? pageLang;
      if (!quotedIn.startsWith(pageLang)) continue;
      if (!parent.checkVisibility() && !parent.closest('.visually-hidden')) continue;
      // Above the page: the chart library's measuring span, which no reader ever sees.
      if (parent.getBoundingClientRect().bottom + window.scrollY < 0) continue;
      // The source's own words inside a sentence are quoted, and stay as published.
      const text = (node.textContent ?? '').replace(/“[^”]*”/g, '“”');
      const chart = parent.closest('svg');
      const inChart = chart !== null;
      if (chart && inWan.has(chart))
        for (const m of text.matchAll(/(?<![\d.])\d{5}(?![\d])/g))
          problems.push(`"${m[0]}" in full in a chart drawn in 万`);
      for (const [pattern, what, applies] of rules)
        for (const m of text.matchAll(pattern))
          if (applies(m as RegExpExecArray, inChart)) {
            const where = parent.closest('figure, article, li, tr, p, h2, h3, section');
            problems.push(
              `"${m[0]}" ${what}, in "${text.trim().slice(0, 60)}" (${where?.tagName.toLowerCase() ?? parent.tagName.toLowerCase()}.${where?.className ?? ''})`,
            );
          }
    }
    return problems;
  }, lang);
}
