import { it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { launchChromium } from './chromium.ts';
import { STRICT_CSP } from './export-helpers.ts';
import { serveBuild } from './serve-build.ts';

it('debug', async () => {
  const served = await serveBuild('/x/', { 'data/fixture.json': fileText(basic) }, { headers: { 'Content-Security-Policy': STRICT_CSP } });
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 120)));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${served.url}?data=data/fixture.json&lang=en#/metric/hotline_requests`);
  const figure = page.getByRole('figure');
  await figure.getByRole('button', { name: 'Export', exact: true }).click();
  page.on('download', (d) => {
    console.log('download', d.suggestedFilename());
    void d.saveAs(`/tmp/exp/${d.suggestedFilename()}`);
  });
  await figure.getByRole('button', { name: 'Download PNG' }).click();
  await page.waitForTimeout(2000);
  console.log('status', await figure.locator('.export-status').textContent());
  await figure.getByRole('button', { name: 'Download SVG' }).click();
  await page.waitForTimeout(2000);
  console.log('status', await figure.locator('.export-status').textContent());
  await browser.close();
  await served.close();
}, 120_000);
