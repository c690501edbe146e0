import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../src/app/content-security-policy.ts';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// A stranger's figures under the district's name: a data: address or another server's file
// must be refused with a message, another file on the dashboard's own server must be named in
// a banner, and the built page must block other origins even when its server sends no policy.

/** A dataset someone else made: its own region and title, and a satisfaction rate of 23.5%. */
const foreign = {
  ...basic,
  title: { zh: '外来数据集', en: 'A foreign dataset' },
  region: { zh: '外来市外来区', en: 'Foreign District' },
};
const OTHER = 'data/other.json';

declare global {
  interface Window {
    violations?: string[];
  }
}

describeInChromium('where the figures come from', () => {
  // No Content-Security-Policy header: the page must defend itself.
  const served = serveAppInChromium({ [OTHER]: fileText(foreign) });

  // Another origin (another port), serving the foreign file to anyone (CORS *).
  let stranger: Server;
  let strangerUrl = '';
  const strangerRequests: string[] = [];
  beforeAll(async () => {
    stranger = createServer((req, res) => {
      strangerRequests.push(req.url ?? '');
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      });
      res.end(fileText(foreign));
    });
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    const address = stranger.address();
    strangerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => stranger.close(() => resolve())));

  async function open(link: string, width = 1280, height = 800): Promise<Page> {
    const page = await served.browser.newPage({ viewport: { width, height } });
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations?.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${served.url}${link}`);
    return page;
  }

  // Small, as the report's was (613 bytes): a whole file in a link would pass a server's URL limit.
  const tiny = {
    format: 'rule-of-law-dataset',
    version: 1,
    title: '外来数据集',
    region: '外来市外来区',
    updated: '2024-12-31',
    sources: [{ id: 's', title: '外来报告', publisher: '外来机构' }],
    categories: [{ id: 'c', name: '接诉即办' }],
    metrics: [
      {
        id: 'm',
        category: 'c',
        name: '接诉即办满意率',
        unit: '%',
        kind: 'percent',
        better: 'higher',
        headline: true,
      },
    ],
    observations: [{ metric: 'm', year: 2024, value: 23.5, source: 's', quote: '满意率23.5%' }],
  };
  const dataUrl = `data:application/json;base64,${Buffer.from(JSON.stringify(tiny)).toString('base64')}`;

  it.each([
    ['the overview', '#/'],
    ['an embed', '#/embed/kpis'],
  ])('refuses a data: address on %s, saying why, with no foreign figure', async (_, hash) => {
    const page = await open(`?data=${encodeURIComponent(dataUrl)}${hash}`);
    const panel = page.getByRole('alert');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('数据地址以 data: 开头，不是网址');
    expect(await panel.textContent()).toContain('请把数据文件放到本看板的服务器上');
    expect(await page.locator('body').textContent()).not.toContain('外来市外来区');
    await page.close();
  });

  it.each([
    ['the overview', '#/'],
    ['an embed', '#/embed/kpis'],
  ])('refuses another origin on %s, naming it, without asking it for anything', async (_, hash) => {
    strangerRequests.length = 0;
    const page = await open(`?data=${strangerUrl}/x.json${hash}`);
    const panel = page.getByRole('alert');
    await panel.waitFor();
    expect(await panel.textContent()).toContain(`数据地址在另一个网站 ${strangerUrl} 上`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').textContent()).not.toContain('外来市外来区');
    expect(strangerRequests).toEqual([]);
    await page.close();
  });

  it('names another file on its own server and its title on the overview, a slide and an embed', async () => {
    for (const hash of ['#/', '#/present/2', '#/embed/kpis']) {
      const page = await open(`?data=${OTHER}${hash}`);
      const banner = page.getByRole('note', { name: '数据来源' });
      await banner.waitFor();
      const text = (await banner.textContent()) ?? '';
      expect(text, hash).toContain(`${served.url}${OTHER}`);
      expect(text, hash).toContain('数据集标题：“外来数据集”');
      expect(await banner.isVisible(), hash).toBe(true);
      if (hash.startsWith('#/present')) {
        // Above the stage, never over a slide.
        const bannerBox = await banner.boundingBox();
        const stageBox = await page.locator('.stage').boundingBox();
        expect(bannerBox && stageBox && bannerBox.y + bannerBox.height <= stageBox.y + 0.5).toBe(
          true,
        );
      }
      await page.close();
    }
  });

  it('shows no banner for the build’s own file', async () => {
    const page = await open('#/embed/kpis');
    await page.locator('.kpi-grid li').first().waitFor();
    expect(await page.getByRole('note', { name: '数据来源' }).count()).toBe(0);
    await page.close();
  });

  it('carries the policy in index.html, which blocks another origin when the server sends none', async () => {
    const response = await fetch(served.url);
    expect(response.headers.get('content-security-policy')).toBeNull();
    const html = await response.text();
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}" />`,
    );
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.indexOf('<link rel="preload"'),
    );

    const page = await open('#/embed/kpis');
    await page.locator('.kpi-grid li').first().waitFor();
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          (r) => r.text(),
          (e: unknown) => `blocked: ${String(e)}`,
        ),
      `${strangerUrl}/x.json`,
    );
    expect(fetched).toMatch(/^blocked/);
    expect(await page.evaluate(() => window.violations)).toEqual([
      `connect-src ${strangerUrl}/x.json`,
    ]);
    await page.close();
  });
});
