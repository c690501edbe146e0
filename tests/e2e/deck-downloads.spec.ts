import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { downloadOf, STRICT_CSP } from './export-helpers.ts';
import { convertToPdf, itWithPrograms } from './office.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The deck taken away, read the way its reader meets it: the PowerPoint file opened (converted
// by LibreOffice, as an office suite draws it) and the PDF's pages, under the strict CSP.
const FIXTURE = 'data/fixture.json';

const itWithOffice = itWithPrograms(
  ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'],
  'apt-get install --no-install-recommends libreoffice-impress poppler-utils',
);

/** Pages of a PDF, each with its text, as poppler reads them. */
function pdfPages(pdf: string): { count: number; width: number; height: number; texts: string[] } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  // Without white space: poppler puts spaces between Chinese and Latin characters.
  const texts = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );
  return { count, width: Number(width), height: Number(height), texts };
}

async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.slide').waitFor();
  // The controls show while the pointer moves.
  await page.mouse.move(400, 300);
  const count = (await page.locator('.slide-number').textContent()) ?? '';
  return Number(/(\d+)\D*$/.exec(count)?.[1]);
}

describeInChromium('the deck downloaded from the built app', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));

  itWithOffice(
    'is a PowerPoint file of the deck as arranged, with native charts and notes, that LibreOffice draws page by page',
    async () => {
      const page = await served.browser.newPage({ viewport: { width: 1366, height: 768 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const total = await openDeck(page, `${served.url}?data=${FIXTURE}#/present/1`);
      const before = requests.length;
      const file = await downloadOf(page, () =>
        page.getByRole('button', { name: '下载 PowerPoint（.pptx）' }).first().click(),
      );
      expect(file.name).toMatch(/^[a-z0-9-]+-2024-briefing\.pptx$/);
      // Only the app's own code loads: no network call for the file itself.
      expect(
        requests.slice(before).every((u) => u.startsWith(served.url.replace(/\/intranet.*/, ''))),
      ).toBe(true);

      const parts = unzipSync(new Uint8Array(file.bytes));
      const slides = Object.keys(parts).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
      expect(slides).toHaveLength(total);
      const charts = Object.keys(parts).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts)
        expect(strFromU8(parts[chart] ?? new Uint8Array())).toMatch(/<c:(lineChart|barChart)>/);
      const notes = Object.keys(parts).filter((p) =>
        /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p),
      );
      expect(notes).toHaveLength(total);
      expect(
        Object.entries(parts)
          .filter(([p]) => p.endsWith('.rels'))
          .some(([, bytes]) => /TargetMode="External"/.test(strFromU8(bytes))),
      ).toBe(false);

      const pptx = join(dir, file.name);
      writeFileSync(pptx, file.bytes);
      const pdf = convertToPdf(pptx, dir);
      expect(existsSync(pdf)).toBe(true);
      const pages = pdfPages(pdf);
      expect(pages.count).toBe(total);
      expect(pages.width / pages.height).toBeCloseTo(16 / 9, 2);
      expect(pages.texts.filter((text) => text.length < 10)).toEqual([]);
      expect(pages.texts[2]).toContain('12345热线诉求量');
      await page.close();
    },
    180_000,
  );

  itWithOffice(
    'is a PDF of the deck as arranged, one 16:9 page per slide in the report palette',
    async () => {
      const page = await served.browser.newPage({ viewport: { width: 1366, height: 768 } });
      const arranged = ['kpi-hotline_requests', 'title', 'scoreboard'];
      const total = await openDeck(
        page,
        `${served.url}?data=${FIXTURE}&theme=dark&slides=${arranged.join(',')}#/present/1`,
      );
      expect(total).toBe(3);
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await page.getByRole('button', { name: '下载 PDF' }).first().click();
      await page.waitForSelector('html[data-printed]', { state: 'attached', timeout: 30_000 });
      await page.emulateMedia({ media: 'print' });
      // Each chart drawn at the size it prints at: its plot fills its frame and stays in its page.
      const plots = await page.evaluate(() =>
        [...document.querySelectorAll('.print-slide')].flatMap((slide) => {
          const page = slide.getBoundingClientRect();
          return [...slide.querySelectorAll('.chart-body')].map((body) => {
            const frame = body.getBoundingClientRect();
            const plot = body.querySelector('svg')?.getBoundingClientRect();
            return {
              drawn: body.getAttribute('data-drawn'),
              fills: plot ? plot.width / frame.width : 0,
              inside: plot
                ? plot.left >= frame.left - 1 &&
                  plot.right <= frame.right + 1 &&
                  plot.bottom <= Math.min(frame.bottom, page.bottom) + 1
                : false,
            };
          });
        }),
      );
      expect(plots.length).toBeGreaterThan(0);
      for (const plot of plots) {
        expect(plot.drawn).toBe('true');
        expect(plot.fills).toBeGreaterThan(0.9);
        expect(plot.inside).toBe(true);
      }
      const pdf = join(dir, 'deck.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      execFileSync('pdftoppm', ['-png', '-r', '40', pdf, join(dir, 'deck-page')]);
      const pages = pdfPages(pdf);
      expect(pages.count).toBe(3);
      expect(pages.width / pages.height).toBeCloseTo(16 / 9, 2);
      expect(pages.texts[0]).toContain('12345热线诉求量');
      expect(pages.texts[1]).toContain('示例区法治政府建设指标');
      expect(pages.texts.every((text, i) => text.includes(`第${i + 1}张，共3张`))).toBe(true);
      // The report palette whatever the screen: the printed slide is light.
      const background = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('.print-slide .slide') ?? document.body)
            .backgroundColor,
      );
      expect(background).toBe('rgb(255, 255, 255)');
      await page.close();
    },
    120_000,
  );
});
