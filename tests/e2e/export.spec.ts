import type { BrowserContext, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import {
  STRICT_CSP,
  distinctColours,
  downloadOf,
  inspectSvg,
  openExportPanel,
  parseCsv,
  pixelOf,
  pngSize,
} from './export-helpers.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// Exports (CONTRACT §5) in the built app, served under a strict Content-Security-Policy.
const FIXTURE = 'data/fixture.json';
const data = `?data=${FIXTURE}`;
const METRIC = 'hotline_requests';
/** The only console error allowed: index.html's inline early-fetch script, which CSP refuses. */
const inlineScriptRefused = /inline script/i;
const region = typeof basic.region === 'string' ? basic.region : basic.region.zh;
/** A string only the ZIP library holds: its code must not load until a ZIP is asked for. */
const ZIP_LIBRARY_MARK = 'date not in range 1980-2099';

/** The ZIP's index.csv as rows, its header first. */
function indexOf(files: Record<string, Uint8Array>): string[][] {
  return parseCsv(strFromU8(files['index.csv'] ?? new Uint8Array()).replace(/^\uFEFF/, ''));
}

/** Every file titled in both languages, whatever the page's: Chinese in one, none in the other. */
function expectBothLanguages(index: string[][]) {
  for (const [file, zh = '', en = ''] of index.slice(1)) {
    expect(zh, file).toMatch(/[\u4e00-\u9fff]/);
    expect(en, file).toMatch(/[a-z]/i);
    expect(en, file).not.toMatch(/[\u4e00-\u9fff]/);
  }
}

describeInChromium('exporting charts in Chromium, under a strict CSP', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    { subPath: '/intranet/export/', headers: { 'Content-Security-Policy': STRICT_CSP } },
  );
  let context: BrowserContext;

  beforeAll(async () => {
    context = await served.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(served.url).origin,
    });
  });

  async function visit(
    link: string,
    height = 900,
    width = 1280,
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !inlineScriptRefused.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}${link}`);
    return { page, errors };
  }

  it('downloads a PNG at 2× the figure’s width, a 3× one on request, and a 1920×1080 slide', async () => {
    const { page, errors } = await visit(`${data}&lang=en#/metric/${METRIC}`);
    const figure = page.getByRole('figure');
    await openExportPanel(figure, 'Export');
    const png = await downloadOf(page, () =>
      figure.getByRole('button', { name: 'Download PNG' }).click(),
    );
    expect(png.name).toBe(`trend-${METRIC}-2020-2024.png`);
    const svg = await downloadOf(page, () =>
      figure.getByRole('button', { name: 'Download SVG' }).click(),
    );
    const { width, height } = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
    expect(await distinctColours(page, png.bytes)).toBeGreaterThan(20);

    await figure.getByRole('combobox', { name: 'Pixel ratio' }).selectOption('3');
    const big = await downloadOf(page, () =>
      figure.getByRole('button', { name: 'Download PNG' }).click(),
    );
    expect(pngSize(big.bytes)).toEqual({ width: 3 * width, height: 3 * height });

    const slide = await downloadOf(page, () =>
      figure.getByRole('button', { name: 'Slide PNG (16:9)' }).click(),
    );
    expect(slide.name).toBe(`trend-${METRIC}-2020-2024-slide.png`);
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
    expect(await distinctColours(page, slide.bytes)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads one standalone SVG holding the title, region, date and summary', async () => {
    const { page, errors } = await visit(`${data}#/metric/${METRIC}`);
    const figure = page.getByRole('figure');
    const title = await figure.locator('.chart-title').textContent();
    await openExportPanel(figure, '导出');
    const svg = await downloadOf(page, () =>
      figure.getByRole('button', { name: '下载 SVG' }).click(),
    );
    expect(svg.name).toBe(`trend-${METRIC}-2020-2024.svg`);
    const text = svg.bytes.toString('utf8');
    const parsed = await inspectSvg(page, text);
    expect(parsed).toMatchObject({ parsed: true, title, scripts: 0, externalHrefs: [] });
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain(region);
    expect(parsed.text).toContain('数据更新于');
    expect(text).not.toMatch(/var\(--|<script|javascript:/i);
    expect(text).toContain('Noto Sans CJK SC');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a CSV with a byte-order mark that holds exactly the figures of the table shown', async () => {
    const { page, errors } = await visit(`${data}&lang=en#/metric/${METRIC}`);
    const figure = page.getByRole('figure');
    await figure.getByRole('button', { name: 'Show data table' }).click();
    const shown = await figure
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
      );
    await openExportPanel(figure, 'Export');
    const csv = await downloadOf(page, () =>
      figure.getByRole('button', { name: 'Download CSV' }).click(),
    );
    expect(csv.name).toBe(`trend-${METRIC}-2020-2024.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(header).toEqual([
      'Year',
      'Metric',
      'Value',
      'Unit',
      'Qualifier',
      'As shown',
      'Change',
      'Change measure',
      'Change on previous year',
      'Change as the source states it',
      'Source',
      'Quote',
    ]);
    expect(rows.map((r) => [r[0], r[5]])).toEqual(shown);
    expect(rows.flat().filter((c) => /[⚠▲▼]/.test(c))).toEqual([]);
    expect(rows.every((r) => r[4] === '' || /^(exact|at least|about)/.test(r[4] ?? ''))).toBe(true);
    expect(rows.every((r) => r[6] === '' || Number.isFinite(Number(r[6])))).toBe(true);
    // 2021 was not published: its row is there, with the value left empty, never 0.
    expect(rows.find((r) => r[0] === '2021')?.[2]).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the image, and the image with its caption, to the clipboard', async () => {
    const { page } = await visit(`${data}&lang=en#/metric/${METRIC}`);
    const figure = page.getByRole('figure');
    const summary = await figure.locator('.chart-summary').textContent();
    await openExportPanel(figure, 'Export');
    await figure.getByRole('button', { name: 'Copy image' }).click();
    await figure.getByText('The image is on the clipboard').waitFor();
    const types = () =>
      page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types));
    expect(await types()).toContain('image/png');
    await figure.getByRole('button', { name: 'Copy with caption' }).click();
    await figure.getByText('The image and its caption are on the clipboard').waitFor();
    expect(await types()).toEqual(expect.arrayContaining(['image/png', 'text/plain']));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(summary);
    await page.close();
  });

  it('exports the overview as one ZIP: the scoreboard and KPI cards as images, then every chart in page order, with an index and one CSV of all charts', async () => {
    const { page, errors } = await visit(`${data}&lang=en#/`);
    await page.getByRole('heading', { name: /^Headline KPIs/ }).waitFor();
    const ids = await page.getByRole('figure').evaluateAll((figures) => figures.map((f) => f.id));
    expect(ids.length).toBeGreaterThan(6);
    const zip = await downloadOf(page, async () => {
      await page.getByRole('button', { name: 'Export all' }).click();
      await page.getByRole('progressbar', { name: 'Export all' }).waitFor();
    });
    expect(zip.name).toBe('overview-2020-2024.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files);
    // Sorted as a file browser sorts them, the names follow the page: KPIs first, then charts.
    const sortedAll = [...names].sort();
    expect(sortedAll.slice(0, 3)).toEqual([
      '00-all-charts.csv',
      '01-scoreboard.png',
      '02-kpi-cards.png',
    ]);
    for (const name of ['01-scoreboard.png', '02-kpi-cards.png']) {
      const image = Buffer.from(files[name] ?? new Uint8Array());
      const size = pngSize(image);
      expect(size?.width).toBe(2016);
      expect(size?.height).toBeGreaterThan(200);
      // The light report palette by default, whatever the screen's theme.
      expect(await pixelOf(page, image, 4, 4)).toBe('#ffffff');
      expect(await distinctColours(page, image)).toBeGreaterThan(20);
    }
    const charts = names.filter((n) => /^\d{2,}-/.test(n) && !/^(00|01|02)-/.test(n));
    expect(charts).toHaveLength(2 * ids.length);
    const sorted = [...charts].sort();
    ids.forEach((id, i) => {
      const number = String(i + 3).padStart(2, '0');
      const png = sorted[2 * i + 1] ?? '';
      expect(sorted[2 * i]).toMatch(new RegExp(`^${number}-${id}-\\d{4}-\\d{4}\\.csv$`));
      expect(png).toMatch(new RegExp(`^${number}-${id}-\\d{4}-\\d{4}\\.png$`));
      const image = files[png];
      expect(image && pngSize(Buffer.from(image))?.width).toBe(2016);
      const csv = files[sorted[2 * i] ?? ''] ?? new Uint8Array();
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(strFromU8(csv)).toContain('"Year","Metric","Value","Unit"');
    });
    const index = indexOf(files);
    expect(index[0]).toEqual(['File', 'Title (Chinese)', 'Title (English)', 'Unit', 'Source']);
    // Every file once, in the ZIP's order.
    expect(index.slice(1).map((r) => r[0])).toEqual(names.filter((n) => n !== 'index.csv'));
    expectBothLanguages(index);
    expect(index[2]?.slice(0, 3)).toEqual([
      '01-scoreboard.png',
      '核心指标计数（2024年）',
      'Headline KPIs by standing, 2024',
    ]);
    const all = parseCsv(
      strFromU8(files['00-all-charts.csv'] ?? new Uint8Array()).replace(/^\uFEFF/, ''),
    );
    expect(new Set(all.slice(1).map((r) => r[0])).size).toBe(ids.length);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).count())
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names every chart of a category page and of the trends page in Chinese and in English, and holds exactly the charts shown', async () => {
    for (const link of [`${data}#/category/hotline`, `${data}&lang=en#/trends`]) {
      const { page, errors } = await visit(link);
      await page.locator('figure svg[role="img"]').first().waitFor();
      const ids = await page.getByRole('figure').evaluateAll((f) => f.map((figure) => figure.id));
      const zip = await downloadOf(page, () =>
        page.getByRole('button', { name: /^(全部导出|Export all)$/ }).click(),
      );
      const files = unzipSync(new Uint8Array(zip.bytes));
      const pngs = Object.keys(files).filter((n) => n.endsWith('.png'));
      expect(pngs.map((n) => n.replace(/^\d+-|-\d{4}-\d{4}\.png$/g, ''))).toEqual(ids);
      expect(pngs.some((n) => /scoreboard|kpi-cards/.test(n))).toBe(false);
      const index = indexOf(files);
      expectBothLanguages(index);
      for (const row of index.slice(1)) expect(row[1], row[0]).not.toBe(row[2]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('loads the ZIP library only when a ZIP is asked for, and a cancel downloads nothing', async () => {
    const { page } = await visit(`${data}&lang=en#/category/hotline`);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js'))
        void r.text().then(
          (t) => scripts.push(t),
          () => undefined,
        );
    });
    await page.reload();
    await page.locator('figure svg[role="img"]').first().waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((s) => s.includes(ZIP_LIBRARY_MARK))).toBe(false);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    // A slow computer: each PNG takes half a second, so there is time to cancel.
    await page.evaluate(() => {
      const toBlob = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = function (...args) {
        setTimeout(() => toBlob.apply(this, args), 500);
      };
    });
    await page.getByRole('button', { name: 'Export all' }).click();
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await page.getByText('Cancelled: nothing was downloaded.').waitFor();
    expect(scripts.some((s) => s.includes(ZIP_LIBRARY_MARK))).toBe(true);
    expect(downloads).toBe(0);
    await page.close();
  });

  it('exports a chart that was never scrolled into view', async () => {
    const { page, errors } = await visit(`${data}&lang=en#/`, 500);
    const last = page
      .getByRole('figure')
      .filter({ has: page.locator('.chart-body-trend') })
      .last();
    await page.getByRole('heading', { name: /^Headline KPIs/ }).waitFor();
    expect(await last.locator('svg[role="img"]').count()).toBe(0);
    await openExportPanel(last, 'Export', false);
    const png = await downloadOf(page, () =>
      last.getByRole('button', { name: 'Download PNG' }).dispatchEvent('click'),
    );
    expect(pngSize(png.bytes)?.width).toBe(2016);
    expect(await distinctColours(page, png.bytes)).toBeGreaterThan(20);
    // The page itself did not draw it: the export drew its own copy off screen.
    expect(await last.locator('svg[role="img"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws every chart of a category page for printing, and prints it to PDF', async () => {
    const { page, errors } = await visit(`${data}#/category/hotline`, 400, 600);
    await page.locator('figure svg[role="img"]').first().waitFor();
    const drawings = page.locator('.chart-body-trend, .chart-body-change, .chart-body-index');
    const total = await drawings.count();
    expect(await page.locator('.chart-body svg[role="img"]').count()).toBeLessThan(total);
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(
      (n) => document.querySelectorAll('.chart-body svg[role="img"]').length === n,
      total,
    );
    // Drawn on paper: each drawing has its marks and a real size in the printed column.
    const printed = await drawings.evaluateAll((bodies) =>
      bodies.map((body) => {
        const svg = body.querySelector('svg[role="img"]');
        const box = svg?.getBoundingClientRect();
        const marks = svg?.querySelectorAll('.recharts-line-curve, .recharts-rectangle').length;
        return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0), marks };
      }),
    );
    for (const drawn of printed) {
      expect(drawn.width).toBeGreaterThan(150);
      expect(drawn.height).toBeGreaterThan(100);
      expect(drawn.marks).toBeGreaterThan(0);
    }
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Print button draws every chart before it opens the print dialog', async () => {
    const { page } = await visit(`${data}&lang=en#/`, 500);
    await page.getByRole('heading', { name: /^Headline KPIs/ }).waitFor();
    const total = await page
      .locator('.chart-body-trend, .chart-body-change, .chart-body-index')
      .count();
    await page.evaluate(() => {
      // Headless Chromium has no dialog; note when it would have opened and what was drawn then.
      window.print = () => {
        document.body.dataset.printedWith = String(
          document.querySelectorAll('.chart-body svg[role="img"]').length,
        );
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => document.body.dataset.printedWith !== undefined);
    expect(await page.evaluate(() => Number(document.body.dataset.printedWith))).toBe(total);
    await page.close();
  });

  it('Ctrl+P also draws every chart before the print dialog opens', async () => {
    const { page } = await visit(`${data}#/category/hotline`, 400, 600);
    await page.getByRole('heading', { name: '热线诉求办理' }).waitFor();
    const total = await page
      .locator('.chart-body-trend, .chart-body-change, .chart-body-index')
      .count();
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printedWith = String(
          document.querySelectorAll('.chart-body svg[role="img"]').length,
        );
      };
    });
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => document.body.dataset.printedWith !== undefined);
    expect(await page.evaluate(() => Number(document.body.dataset.printedWith))).toBe(total);
    await page.close();
  });
});
