import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PRINT_PLOT_WIDTH } from '../../src/ui/print-page.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

/*
 * The printed document, as its reader gets it: printed to PDF from the built app on the shipped
 * file, through the Print button and through the browser's own menu (a print with no button:
 * `beforeprint` is all the page hears). Pages are checked in the PDF itself; the layout on
 * paper is checked with print media emulated at the width of the page's content.
 */
const hasPdfInfo = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v pdfinfo'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPdfInfo && process.env.CI === 'true')
  throw new Error('pdfinfo is missing: install poppler-utils (Debian) to check printed pages.');

/** The content width of an A4 page with the app's margins, in CSS px (print-page.ts). */
const CONTENT_WIDTH = PRINT_PLOT_WIDTH.full + 18;
/** 8 pt in CSS px: the smallest type on paper. */
const EIGHT_POINTS = (8 * 96) / 72;

const views = [
  { name: 'the overview', hash: '#/', button: true },
  { name: 'a category', hash: '#/category/petitions', button: true },
  { name: 'a metric', hash: '#/metric/jsjb_requests', button: false },
] as const;

describeInChromium('printing a page', () => {
  const served = serveAppInChromium({});
  const dir = mkdtempSync(join(tmpdir(), 'rol-print-'));

  async function open(hash: string, lang: 'zh' | 'en', width = 1280, theme = 'light') {
    const page = await served.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${served.url}?lang=${lang}&theme=${theme}${hash}`);
    await page.locator('figure').first().waitFor();
    // A reader opens the print menu once the page has settled: by then the code of every kind
    // of drawing the page shows is in (fetched when the browser is idle).
    await page.waitForFunction(() => {
      const kinds = new Set(
        [...document.querySelectorAll('main .chart-body')].flatMap((body) =>
          [...body.classList].filter((c) => /^chart-body-(trend|change|index)$/.test(c)),
        ),
      );
      const fetched = performance
        .getEntriesByType('resource')
        .map((entry) => /\/(trend|change|index)-drawing-[^/]*\.js$/.exec(entry.name)?.[1]);
      return [...kinds].every((kind) => fetched.includes(kind.replace('chart-body-', '')));
    });
    // Fetched is not yet run: the app takes the code in when the browser is idle (a preload can
    // fetch it earlier), so wait for two idle periods, the app's turn and then its module's.
    await page.evaluate(async () => {
      for (let i = 0; i < 2; i++)
        await new Promise<void>((resolve) =>
          requestIdleCallback(() => resolve(), { timeout: 8000 }),
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    return page;
  }

  /**
   * Marks the top and the bottom of every chart and KPI card with a named place that the PDF
   * keeps (Chromium writes a destination for an element a link points to), so the PDF says on
   * which page each begins and ends.
   */
  async function markCards(page: Page): Promise<number> {
    return page.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('main figure.chart, .kpi-card')];
      const links = document.createElement('div');
      cards.forEach((card, i) => {
        card.style.position = 'relative';
        for (const end of ['top', 'bottom'] as const) {
          const mark = document.createElement('span');
          mark.id = `print-check-${i}-${end}`;
          mark.style.cssText = `position:absolute;${end}:0;left:0;width:1px;height:1px`;
          card.append(mark);
          const link = document.createElement('a');
          link.href = `#${mark.id}`;
          link.textContent = '\u200b';
          links.append(link);
        }
      });
      // What the page holds as the browser lays out its pages: the listener runs after the
      // app's own, once React has rendered what that asked for.
      window.addEventListener('beforeprint', () => {
        document.body.dataset.plotWidths = [
          ...document.querySelectorAll(
            'main .chart-body:is(.chart-body-trend, .chart-body-change, .chart-body-index)',
          ),
        ]
          .map(
            (body) => body.querySelector('svg.recharts-surface')?.getAttribute('width') ?? 'none',
          )
          .join(' ');
      });
      links.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden';
      document.body.append(links);
      return cards.length;
    });
  }

  /** Each named place's page, from the PDF. */
  function destinations(pdf: Buffer, name: string): Map<string, number> {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    const listed = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
    return new Map(
      [...listed.matchAll(/^\s*(\d+)\s+\[.*?\]\s+"([^"]+)"/gm)].map((m) => [
        m[2] ?? '',
        Number(m[1]),
      ]),
    );
  }

  /** Every word the PDF prints, with its page and box in points (pdftotext -bbox). */
  function words(name: string) {
    const html = execFileSync('pdftotext', ['-bbox', join(dir, `${name}.pdf`), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return html
      .split('<page ')
      .slice(1)
      .flatMap((page, i) =>
        [
          ...page.matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
          ),
        ].map((m) => ({
          page: i + 1,
          text: m[5] ?? '',
          left: Number(m[1]),
          top: Number(m[2]),
          right: Number(m[3]),
          bottom: Number(m[4]),
          height: Number(m[4]) - Number(m[2]),
        })),
      );
  }

  function pageCount(pdf: Buffer, name: string): number {
    const file = join(dir, `${name}-count.pdf`);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  }

  /** The pages a view may take: the headline page and key changes, then its charts four to a page. */
  async function pageBound(page: Page): Promise<number> {
    const sections = await page.locator('main section.category-section').count();
    const charts = await page.locator('main figure.chart').count();
    return 2 + Math.max(sections, 1) + Math.ceil(charts / 4);
  }

  async function print(page: Page, how: 'button' | 'menu', lang: 'zh' | 'en'): Promise<Buffer> {
    if (how === 'button') {
      await page.evaluate(() => {
        window.print = () => {
          document.body.dataset.printed = 'yes';
        };
      });
      await page
        .getByRole('button', { name: lang === 'zh' ? '打印' : 'Print', exact: true })
        .click();
      await page.waitForFunction(() => document.body.dataset.printed === 'yes');
    }
    return page.pdf({ preferCSSPageSize: true, printBackground: true });
  }

  for (const view of views)
    for (const lang of ['zh', 'en'] as const)
      for (const how of view.button ? (['button', 'menu'] as const) : (['menu'] as const))
        it.skipIf(!hasPdfInfo)(
          `prints ${view.name} (${lang}, ${how}) on A4 with no card split across pages`,
          async () => {
            const page = await open(view.hash, lang);
            const cards = await markCards(page);
            expect(cards).toBeGreaterThan(0);
            const pdf = await print(page, how, lang);
            // Every plot was drawn, at its width on paper, before the pages were laid out.
            const widths = (await page.evaluate(() => document.body.dataset.plotWidths ?? ''))
              .split(' ')
              .filter(Boolean);
            const onPaper = [PRINT_PLOT_WIDTH.half, PRINT_PLOT_WIDTH.full].map(String);
            expect(widths.filter((w) => !onPaper.includes(w))).toEqual([]);
            const name = `${view.hash.replace(/\W+/g, '-')}-${lang}-${how}`;
            const pages = destinations(pdf, name);
            for (let i = 0; i < cards; i++) {
              const top = pages.get(`print-check-${i}-top`);
              expect(top, `card ${i} is in the PDF`).toBeDefined();
              expect(pages.get(`print-check-${i}-bottom`), `card ${i} ends where it begins`).toBe(
                top,
              );
            }
            // Drawn at their printed size: no word smaller than 8 pt (a word's box is taller than
            // its type), and no word printed over another (a source line over an axis).
            const printed = words(name);
            const small = printed.filter((w) => w.bottom - w.top < 8);
            expect(small.map((w) => `${w.text} on page ${w.page}`)).toEqual([]);
            const over = printed.flatMap((a, i) =>
              printed
                .slice(i + 1)
                .filter(
                  (b) =>
                    b.page === a.page &&
                    // Words side by side on one line may share a trimmed punctuation mark's
                    // space (“”；); a word over another shares far more.
                    Math.min(a.right, b.right) - Math.max(a.left, b.left) >
                      (Math.abs(a.bottom - b.bottom) < 1 ? Math.min(a.height, b.height) / 2 : 1) &&
                    // A box holds the font's full ascent and descent, which lines next to
                    // each other share: only the middle half of each is the glyphs' body.
                    Math.min(a.bottom - a.height / 4, b.bottom - b.height / 4) -
                      Math.max(a.top + a.height / 4, b.top + b.height / 4) >
                      0.5,
                )
                .map((b) => `"${a.text}" and "${b.text}" on page ${a.page}`),
            );
            expect(over).toEqual([]);
            const count = pageCount(pdf, name);
            // No page holds only the running footer (it sits in the bottom margin, below 790 pt).
            const written = new Set(printed.filter((w) => w.bottom < 790).map((w) => w.page));
            const blank = Array.from({ length: count }, (_, i) => i + 1).filter(
              (p) => !written.has(p),
            );
            expect(blank, 'pages with nothing but the footer').toEqual([]);
            const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
            expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
            expect(count).toBeLessThanOrEqual(await pageBound(page));
            // The running footer: who, which year, and the page number, on every page.
            const last = execFileSync(
              'pdftotext',
              ['-f', String(count), '-l', String(count), join(dir, `${name}.pdf`), '-'],
              { encoding: 'utf8' },
            );
            expect(last).toContain(lang === 'zh' ? '北京市东城区' : 'Dongcheng');
            expect(last).toContain(
              lang === 'zh' ? `第 ${count} 页，共 ${count} 页` : `Page ${count} of ${count}`,
            );
            await page.close();
          },
        );

  for (const view of views)
    it(`lays ${view.name} out on paper from the dark theme: report palette, nothing over a plot, no control, no scaled chart`, async () => {
      // From the dark theme: paper takes the report palette whatever the screen shows.
      const page = await open(view.hash, 'zh', CONTENT_WIDTH, 'dark');
      await page.emulateMedia({ media: 'print' });
      const total = await page
        .locator('main .chart-body-trend, main .chart-body-change, main .chart-body-index')
        .count();
      await page.waitForFunction(
        (n) => document.querySelectorAll('main .chart-body svg.recharts-surface').length === n,
        total,
      );
      const found = await page.evaluate((smallest) => {
        const problems: string[] = [];
        const rect = (el: Element) => el.getBoundingClientRect();
        const overlaps = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5;
        const shown = (el: Element) => {
          const r = rect(el);
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        const plots = [...document.querySelectorAll('main .chart-body svg.recharts-surface')];
        // Every text on the page outside a plot, by the boxes of its lines.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const texts: { text: string; box: DOMRect; node: Node }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || node.parentElement?.closest('svg')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const box of range.getClientRects())
            if (box.width > 0)
              texts.push({ text: node.textContent.trim().slice(0, 30), box, node });
        }
        for (const plot of plots) {
          const box = rect(plot);
          const card = plot.closest('figure');
          if (!card) continue;
          const name = card.querySelector('.chart-title')?.textContent ?? '?';
          if (Math.abs(box.width - Number(plot.getAttribute('width'))) > 0.5)
            problems.push(
              `${name}: drawn ${plot.getAttribute('width')} px wide, printed ${box.width}`,
            );
          const cardBox = rect(card);
          if (box.left < cardBox.left || box.right > cardBox.right || box.bottom > cardBox.bottom)
            problems.push(`${name}: the plot runs out of its card`);
          if (box.right > document.documentElement.clientWidth + 0.5)
            problems.push(`${name}: the plot runs off the page`);
          for (const { text, box: line } of texts)
            if (overlaps(box, line)) problems.push(`${name}: "${text}" is printed over the plot`);
          for (const tick of card.querySelectorAll('.recharts-cartesian-axis-tick text'))
            if (parseFloat(getComputedStyle(tick).fontSize) < smallest)
              problems.push(`${name}: a tick in ${getComputedStyle(tick).fontSize}`);
        }
        const ink = getComputedStyle(document.body).color;
        if (ink !== 'rgb(27, 31, 36)')
          problems.push(`text printed in ${ink}, not the report's ink`);
        for (const card of document.querySelectorAll('main figure.chart, .kpi-card, .notes-block'))
          if (getComputedStyle(card).backgroundColor !== 'rgb(255, 255, 255)')
            problems.push(`a card printed on ${getComputedStyle(card).backgroundColor}`);
        for (const control of document.querySelectorAll(
          'button, select, input, textarea, summary, [role="button"], .button',
        ))
          if (shown(control))
            problems.push(`a control is printed: ${control.outerHTML.slice(0, 80)}`);
        for (const link of document.querySelectorAll('a[href]'))
          if (shown(link) && getComputedStyle(link).textDecorationLine !== 'none')
            problems.push(`a link is underlined: ${link.textContent}`);
        return problems;
      }, EIGHT_POINTS);
      expect(found).toEqual([]);
      await page.close();
    });
});
