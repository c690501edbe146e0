import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { STRICT_CSP, downloadOf, inspectSvg, openExportPanel } from './export-helpers.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// Exports go into Word and WPS reports: in the light report palette whatever the screen shows,
// unless the reader asks for the screen's colours, and with a key for marks that need one.
const FIXTURE = 'data/fixture.json';
const METRIC = 'hotline_requests';

/** The colour of a PNG's top-left pixel, decoded by the browser. */
function cornerColour(page: Page, png: Buffer): Promise<[number, number, number]> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return [0, 0, 0];
    context.drawImage(bitmap, 0, 0);
    const [r = 0, g = 0, b = 0] = context.getImageData(2, 2, 1, 1).data;
    return [r, g, b];
  }, png.toString('base64'));
}

const lightness = ([r, g, b]: [number, number, number]) => (r + g + b) / 3;

describeInChromium('exports in report colours, in Chromium', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );

  async function chartPanel(theme: string) {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.url}?data=${FIXTURE}&theme=${theme}#/metric/${METRIC}`);
    const figure = page.locator('main figure').first();
    await figure.locator('.chart-body svg').waitFor();
    await openExportPanel(figure, '导出');
    return { page, figure };
  }

  it('makes a PNG in the light report palette from the dark theme, and a dark one when asked', async () => {
    const { page, figure } = await chartPanel('dark');
    const png = () =>
      downloadOf(page, () => figure.getByRole('button', { name: '下载 PNG' }).click());
    const report = await png();
    expect(lightness(await cornerColour(page, report.bytes))).toBeGreaterThan(200);
    await figure.getByRole('combobox', { name: '颜色' }).selectOption({ label: '当前主题' });
    const screen = await png();
    expect(lightness(await cornerColour(page, screen.bytes))).toBeLessThan(60);
    await page.close();
  });

  it('keys the hollow points of approximate figures in the SVG, in the report palette', async () => {
    const { page, figure } = await chartPanel('dark');
    const svg = await downloadOf(page, () =>
      figure.getByRole('button', { name: '下载 SVG' }).click(),
    );
    const text = svg.bytes.toString('utf8');
    const inspected = await inspectSvg(page, text);
    expect(inspected.parsed).toBe(true);
    expect(inspected.text).toContain('空心点：约数或下限');
    // The report palette's background, not the dark theme's.
    expect(text).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/i);
    await page.close();
  });
});
