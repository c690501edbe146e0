import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The build is served with tests/fixtures/basic.json beside the shipped file, and the specs open
// it with ?data=, so their figures are the fixture's. Only the first spec loads the shipped file.
const FIXTURE = 'data/fixture.json';
const SHIPPED = 'data/dongcheng.json';
const data = `?data=${FIXTURE}`;

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
}

describeInChromium('the built dashboard in Chromium, served from a sub-path', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  async function visit(link: string, width = 1280): Promise<Visit> {
    const page = await served.browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${served.url}${link}`);
    return { page, errors, requests };
  }

  it('loads the shipped dataset by default, once, from beside the page', async () => {
    const { page, errors, requests } = await visit('');
    await page.getByRole('heading', { name: /^核心指标 · \d{4}年$/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(requests.filter((r) => r === new URL(SHIPPED, served.url).href)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the overview with Chinese text and drawn charts, without console errors', async () => {
    const { page, errors } = await visit(data);
    const kpis = page.getByRole('region', { name: '核心指标 · 2024年' });
    await kpis.waitFor();
    await page.locator('figure svg path[d]').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('法治政府建设指标看板');
    // The overview shows each category's first four metrics with any figure: a chart or a fact tile.
    const shown = basic.categories.map((c) =>
      Math.min(
        4,
        basic.metrics.filter(
          (m) => m.category === c.id && basic.observations.some((o) => o.metric === m.id),
        ).length,
      ),
    );
    expect(await page.getByRole('figure').count()).toBe(shown.reduce((a, b) => a + b, 0));
    expect(await kpis.getByRole('article').count()).toBe(6);
    expect(await kpis.getByText('15万件', { exact: true }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks nothing of any host but its own, and fetches the data once', async () => {
    const { page, requests } = await visit(`${data}#/category/hotline`);
    await page.locator('figure svg path[d]').first().waitFor();
    const origin = new URL(served.url).origin;
    expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
    expect(requests.filter((r) => r === new URL(FIXTURE, served.url).href)).toHaveLength(1);
    // index.html preloads the default file whatever the query says (a <link> cannot read it):
    // at most that one request, never the app's own.
    expect(
      requests.filter((r) => r === new URL(SHIPPED, served.url).href).length,
    ).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('shows the error panel, not a blank page, when the data file is missing', async () => {
    const { page } = await visit('?lang=en&data=data/missing.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('was not found on the server (404)');
    expect(await page.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    await page.close();
  });

  it('opens a shared trends link with its metrics, years and reading, and keeps them on reload', async () => {
    const search = `${data}&metrics=hotline_resolution_rate,hotline_satisfaction_rate,info_proactive_items&from=2022&reading=change`;
    const { page, errors } = await visit(`${search}#/trends`);
    await page
      .getByRole('figure', { name: '热线诉求解决率：变化' })
      .locator('svg path[d]')
      .first()
      .waitFor();
    expect(await page.getByRole('radio', { name: '较上年变化' }).isChecked()).toBe(true);
    expect(await page.getByRole('figure').count()).toBe(3);
    await page.reload();
    await page.getByRole('figure', { name: '热线诉求满意率：变化' }).waitFor();
    expect(new URL(page.url()).search).toBe(search);
    const headers = await page
      .getByRole('table', { name: '各年变化' })
      .getByRole('columnheader')
      .allTextContents();
    expect(headers).toEqual(['指标', '2022', '2023', '2024', '年均复合增长']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a narrow phone window without sideways scrolling', async () => {
    const { page } = await visit(`${data}&theme=contrast#/metric/hotline_requests`, 390);
    await page.locator('figure svg path[d]').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
