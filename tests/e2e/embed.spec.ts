import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// Embeds across origins (CONTRACT §3): the built app on http://127.0.0.1:A, host pages written
// here on http://localhost:B, and a stranger on http://localhost:C. Host pages frame the app by
// absolute URL and include its embed.js by absolute URL, as an intranet page would.
const FIXTURE = 'data/fixture.json';
const METRIC = 'hotline_requests';
const CATEGORY = 'hotline';
const RESIZE = 'rule-of-law-dashboard:resize';
/** The height a host gives an iframe before the embed reports its own. */
const INITIAL = 150;

interface TinyServer {
  origin: string;
  /** Serves `html` at a fresh path and returns its absolute URL. */
  page: (html: string) => string;
  close: () => Promise<void>;
}

/** A host site: pages written by the spec, an empty favicon, 404 for anything else. */
async function tinyServer(): Promise<TinyServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = pages.get(path);
    if (html !== undefined)
      return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    page: (html) => {
      const path = `/page-${pages.size + 1}.html`;
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const STACKED = 'body { margin: 0 } iframe { display: block; border: 0 }';
/** Frames side by side, their tops in view: Chromium pauses frames outside the viewport. */
const ROW =
  'body { margin: 0; display: flex; gap: 8px; align-items: flex-start } iframe { border: 0 }';

/** A whole host page around `body`; `style` replaces the default (frames without a border). */
function hostHtml(body: string, style = STACKED) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>Host page</title>
    <link rel="icon" href="data:," />
    <style>${style}</style>
  </head>
  <body>
${body}
  </body>
</html>`;
}

interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions, host and frames alike. */
  errors: string[];
  /** Every URL requested by a frame other than the host page's own. */
  frameRequests: string[];
}

describeInChromium('embeds on a host page of another origin, in Chromium', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });
  let host: TinyServer;
  let stranger: TinyServer;
  let app: string;

  beforeAll(async () => {
    app = new URL(served.url).origin;
    host = await tinyServer();
    stranger = await tinyServer();
  });
  afterAll(async () => {
    await host?.close();
    await stranger?.close();
  });

  /** The app's address for an embed, e.g. `embedUrl('kpis', 'lang=en')`. */
  const embedUrl = (view: string, ...params: string[]) =>
    `${served.url}?${[`data=${FIXTURE}`, ...params].join('&')}#/embed/${view}`;
  const embedJs = () => `<script src="${new URL('embed.js', served.url).href}"></script>`;
  const frameTag = (id: string, src: string, width = 900) =>
    `<iframe id="${id}" data-rule-of-law-dashboard title="${id}" src="${src.replace(/&/g, '&amp;')}" style="width: ${width}px" height="${INITIAL}"></iframe>`;

  async function visit(url: string, viewport = { width: 1280, height: 900 }): Promise<Visit> {
    const page = await served.browser.newPage({ viewport });
    const errors: string[] = [];
    const frameRequests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => r.frame() !== page.mainFrame() && frameRequests.push(r.url()));
    await page.goto(url);
    return { page, errors, frameRequests };
  }

  /** The window inside the host's iframe `selector`, once its document has loaded. */
  async function frameIn(page: Page, selector: string): Promise<Frame> {
    const frame = await (await page.waitForSelector(selector)).contentFrame();
    if (!frame) throw new Error(`${selector} has no frame`);
    // The frame is there before its document: under load its address is still empty.
    await frame.waitForURL((url) => url.protocol.startsWith('http'));
    return frame;
  }

  /** The iframe's height on the host page (border box less borders) and its content's. */
  async function heights(page: Page, selector: string) {
    const outer = await page.$eval(selector, (iframe) => {
      const style = getComputedStyle(iframe);
      return (
        iframe.getBoundingClientRect().height -
        parseFloat(style.borderTopWidth) -
        parseFloat(style.borderBottomWidth)
      );
    });
    const frame = await frameIn(page, selector);
    const inner = await frame.evaluate(
      () => document.querySelector('.embed')?.getBoundingClientRect().height ?? NaN,
    );
    return { outer, inner };
  }

  /** Waits until the iframe matches its content within 4px (and `also` holds); its height. */
  async function sized(page: Page, selector: string, also: (h: number) => boolean = () => true) {
    // On failure the last measurement shows: { selector, outer, inner }.
    await expect
      .poll(async () => ({ selector, ...(await heights(page, selector)) }), {
        timeout: 15_000,
        interval: 100,
      })
      .toSatisfy(({ outer, inner }) => Math.abs(outer - inner) <= 4 && also(outer));
    // Settled, not passing through: the same a moment later.
    await page.waitForTimeout(300);
    const { outer, inner } = await heights(page, selector);
    expect(
      Math.abs(outer - inner),
      `${selector}: iframe ${outer}px, content ${inner}px`,
    ).toBeLessThanOrEqual(4);
    return outer;
  }

  /** Waits inside the frame for the view's first chart, or the KPI cards. */
  async function drawn(frame: Frame, what: 'chart' | 'kpis' = 'chart') {
    await frame.waitForSelector(
      what === 'chart' ? '.embed figure .chart-body svg' : '.embed .kpi-grid li',
    );
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  function expectClean({ errors, frameRequests }: Visit) {
    expect(errors).toEqual([]);
    expect(frameRequests.length).toBeGreaterThan(0);
    expect(frameRequests.filter((r) => new URL(r).origin !== app)).toEqual([]);
  }

  it('sizes a metric, a category and the KPIs to their content', async () => {
    const v = await visit(
      host.page(
        hostHtml(
          [
            frameTag('metric', embedUrl(`metric/${METRIC}`), 400),
            frameTag('category', embedUrl(`category/${CATEGORY}`), 400),
            frameTag('kpis', embedUrl('kpis'), 400),
            embedJs(),
          ].join('\n'),
          ROW,
        ),
      ),
    );
    await drawn(await frameIn(v.page, '#metric'));
    await drawn(await frameIn(v.page, '#category'));
    await drawn(await frameIn(v.page, '#kpis'), 'kpis');
    for (const id of ['#metric', '#category', '#kpis'])
      expect(await sized(v.page, id, (h) => h > INITIAL + 50)).toBeGreaterThan(INITIAL + 50);
    expectClean(v);
    await v.page.close();
  });

  // Host pages put embeds anywhere, often below the first screen. Chromium runs neither
  // requestAnimationFrame nor ResizeObserver callbacks in a cross-origin iframe outside the
  // viewport (timers and MutationObserver do run), so an embed that reports only from those
  // keeps the host's placeholder height until the reader scrolls to it, and then jumps.
  it('sizes an embed below the first screen before the reader scrolls to it', async () => {
    const v = await visit(
      host.page(
        hostHtml(
          `<div style="height: 2000px"></div>\n${frameTag('kpis', embedUrl('kpis'))}\n${embedJs()}`,
        ),
      ),
    );
    const frame = await frameIn(v.page, '#kpis');
    await frame.waitForSelector('.embed .kpi-grid li');
    expect(await v.page.evaluate(() => window.scrollY)).toBe(0);
    expect(await sized(v.page, '#kpis', (h) => h > INITIAL + 50)).toBeGreaterThan(INITIAL + 50);
    expectClean(v);
    await v.page.close();
  });

  it('grows when the data table opens and shrinks back when it closes', async () => {
    const v = await visit(
      host.page(hostHtml(frameTag('metric', embedUrl(`metric/${METRIC}`)) + embedJs())),
    );
    const frame = await frameIn(v.page, '#metric');
    await drawn(frame);
    const first = await sized(v.page, '#metric', (h) => h > INITIAL + 50);
    await frame.getByRole('button', { name: '显示数据表' }).click();
    await frame.getByRole('table').waitFor();
    const open = await sized(v.page, '#metric', (h) => h > first + 40);
    expect(open).toBeGreaterThan(first + 40);
    await frame.getByRole('button', { name: '隐藏数据表' }).click();
    const closed = await sized(v.page, '#metric', (h) => h < open - 40);
    expect(Math.abs(closed - first)).toBeLessThanOrEqual(4);
    expectClean(v);
    await v.page.close();
  });

  it('follows the host narrowing and widening the iframe', async () => {
    const v = await visit(
      host.page(hostHtml(frameTag('category', embedUrl(`category/${CATEGORY}`), 900) + embedJs())),
    );
    const frame = await frameIn(v.page, '#category');
    await drawn(frame);
    const wide = await sized(v.page, '#category', (h) => h > INITIAL + 50);
    await v.page.$eval('#category', (f) => void ((f as HTMLElement).style.width = '380px'));
    const narrow = await sized(v.page, '#category', (h) => h > wide + 40);
    expect(narrow).toBeGreaterThan(wide + 40);
    await v.page.$eval('#category', (f) => void ((f as HTMLElement).style.width = '900px'));
    const back = await sized(v.page, '#category', (h) => h < narrow - 40);
    expect(Math.abs(back - wide)).toBeLessThanOrEqual(4);
    expectClean(v);
    await v.page.close();
  });

  it('ignores resize messages from the host page itself and from a third origin it frames', async () => {
    const fake = JSON.stringify({ type: RESIZE, height: 5000 });
    const strangerPage = stranger.page(
      hostHtml(`<script>
  const post = () => window.parent.postMessage(${fake}, '*');
  post();
  setInterval(post, 100);
</script>`),
    );
    const v = await visit(
      host.page(
        hostHtml(`<script>
  window.seen = [];
  addEventListener('message', (e) => e.data?.height === 5000 && window.seen.push(e.origin));
</script>
${frameTag('metric', embedUrl(`metric/${METRIC}`))}
<iframe id="stranger" title="stranger" src="${strangerPage}" height="${INITIAL}"></iframe>
${embedJs()}`),
      ),
    );
    await drawn(await frameIn(v.page, '#metric'));
    const before = await sized(v.page, '#metric', (h) => h > INITIAL + 50);
    await v.page.evaluate((message) => window.postMessage(JSON.parse(message), '*'), fake);
    // Both fakes did reach the host page, so the check below is not vacuous.
    await expect
      .poll(() => v.page.evaluate(() => (window as unknown as { seen: string[] }).seen), {
        timeout: 5_000,
      })
      .toEqual(expect.arrayContaining([host.origin, stranger.origin]));
    await v.page.waitForTimeout(500);
    expect(await sized(v.page, '#metric')).toBe(before);
    expect(await v.page.$eval('#stranger', (f) => f.getBoundingClientRect().height)).toBe(INITIAL);
    expect(v.errors).toEqual([]);
    const appFrames = v.frameRequests.filter((r) => !r.startsWith(stranger.origin));
    expect(appFrames.filter((r) => new URL(r).origin !== app)).toEqual([]);
    await v.page.close();
  });

  it('sizes with ?parentOrigin= naming the host, and not at all with a wrong one', async () => {
    const right = embedUrl(`metric/${METRIC}`, `parentOrigin=${encodeURIComponent(host.origin)}`);
    const wrong = embedUrl(
      `metric/${METRIC}`,
      `parentOrigin=${encodeURIComponent(stranger.origin)}`,
    );
    const v = await visit(
      host.page(
        hostHtml(
          `<script>
  // Which frames' resize messages the browser delivered to this page.
  window.delivered = [];
  addEventListener('message', (e) => {
    const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    if (e.data?.type === '${RESIZE}') window.delivered.push(from?.id ?? '?');
  });
</script>
${frameTag('right', right, 600)}
${frameTag('wrong', wrong, 600)}
${embedJs()}`,
          ROW,
        ),
      ),
    );
    const delivered = () =>
      v.page.evaluate(() => (window as unknown as { delivered: string[] }).delivered);
    await drawn(await frameIn(v.page, '#right'));
    const frame = await frameIn(v.page, '#wrong');
    // Never sized, the frame shows its first 150 px: with the fixture's source banner above it,
    // the chart is drawn once scrolled to, as a reader would.
    await frame.locator('.embed figure').first().scrollIntoViewIfNeeded();
    await drawn(frame);
    expect(await sized(v.page, '#right', (h) => h > INITIAL + 50)).toBeGreaterThan(INITIAL + 50);

    // Relay the wrong frame's posts through a recorder, to see that it does post: opening the
    // data table changes its height, so it reports again.
    await frame.evaluate(() => {
      const parent = window.parent;
      const sent: unknown[] = [];
      Object.assign(window, { sent });
      Object.defineProperty(window, 'parent', {
        configurable: true,
        value: {
          postMessage: (message: unknown, targetOrigin: string) => {
            sent.push([message, targetOrigin]);
            parent.postMessage(message, targetOrigin);
          },
        },
      });
    });
    await frame.getByRole('button', { name: '显示数据表' }).click();
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as { sent: unknown[] }).sent), {
        timeout: 5_000,
      })
      .toContainEqual([{ type: RESIZE, height: expect.any(Number) }, stranger.origin]);
    await v.page.waitForTimeout(500);
    // Its content is well over the iframe's height, yet the browser delivered none of its
    // messages (only the right frame's arrived) and the iframe kept the host's height.
    const { outer, inner } = await heights(v.page, '#wrong');
    expect(inner).toBeGreaterThan(INITIAL + 50);
    expect(outer).toBe(INITIAL);
    expect(await delivered()).toContain('right');
    expect(await delivered()).not.toContain('wrong');
    expectClean(v);
    await v.page.close();
  });

  it('sends no heights for a ?parentOrigin= that is not an origin, and says why in the console', async () => {
    const given = ['*', 'null', `${host.origin}/`, host.origin.replace('http:', 'HTTP:')];
    const frames = given
      .map((origin, i) =>
        frameTag(
          `bad-${i}`,
          // KPI cards, not a chart: a chart waits until it nears the screen, and an unsized
          // frame keeps it below.
          embedUrl('kpis', `parentOrigin=${encodeURIComponent(origin)}`),
          300,
        ),
      )
      .join('\n');
    const v = await visit(host.page(hostHtml(`${frames}\n${embedJs()}`, ROW)));
    const warnings: string[] = [];
    v.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    for (const [i] of given.entries()) await drawn(await frameIn(v.page, `#bad-${i}`), 'kpis');
    await v.page.waitForTimeout(1_000);
    for (const [i, origin] of given.entries()) {
      const { outer, inner } = await heights(v.page, `#bad-${i}`);
      expect(inner, origin).toBeGreaterThan(INITIAL + 50);
      expect(outer, origin).toBe(INITIAL);
    }
    // Each frame said why (the listener may miss the first frames' warnings: reload to hear them all).
    const frame = await frameIn(v.page, '#bad-0');
    warnings.length = 0;
    await frame.evaluate(() => window.location.reload());
    await expect
      .poll(() => warnings.join('\n'), { timeout: 10_000 })
      .toContain('?parentOrigin="*" is a wildcard');
    expect(warnings.join('\n')).toContain('sends no height messages');
    expectClean(v);
    await v.page.close();
  });

  it("writes the host page's origin into the snippet from the Copy embed code dialog, and sizes only there", async () => {
    const dashboard = await visit(`${served.url}?data=${FIXTURE}#/metric/${METRIC}`);
    const chart = dashboard.page.locator('main figure').first();
    await chart.locator('.chart-body svg').waitFor();
    await chart.getByRole('button', { name: '复制嵌入代码' }).click();
    const dialog = dashboard.page.getByRole('dialog', { name: /^复制嵌入代码/ });
    const field = dialog.getByRole('textbox', { name: '嵌入页面（选填）' });
    const code = dialog.getByRole('textbox', { name: /^嵌入代码/ });
    const copy = dialog.getByRole('button', { name: '复制', exact: true });
    expect(await code.inputValue()).not.toContain('parentOrigin');

    await field.fill('intranet news page');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await copy.isDisabled()).toBe(true);
    expect(await dialog.getByText(/这不是网页地址/).isVisible()).toBe(true);

    await field.fill(`${host.origin}/news/index.html`);
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    expect(await copy.isDisabled()).toBe(false);
    expect(await dialog.getByText(`高度信息只发送给 ${host.origin}。`).isVisible()).toBe(true);
    const snippet = await code.inputValue();
    expect(snippet).toContain(`parentOrigin=${encodeURIComponent(host.origin)}`);
    expect(dashboard.errors).toEqual([]);
    await dashboard.page.close();

    const v = await visit(host.page(hostHtml(snippet, 'body { margin: 8px }')));
    const frame = await frameIn(v.page, 'iframe[data-rule-of-law-dashboard]');
    await drawn(frame);
    await sized(v.page, 'iframe[data-rule-of-law-dashboard]', (h) => h > 100);
    expectClean(v);
    await v.page.close();

    // The same snippet on a stranger's page: the browser delivers none of its heights.
    const w = await visit(stranger.page(hostHtml(snippet, 'body { margin: 8px }')));
    await drawn(await frameIn(w.page, 'iframe[data-rule-of-law-dashboard]'));
    await w.page.waitForTimeout(1_000);
    expect((await heights(w.page, 'iframe[data-rule-of-law-dashboard]')).outer).toBe(400);
    await w.page.close();
  });

  it('opens a KPI card clicked in an embed in a new tab, the embed staying in its frame', async () => {
    const src = embedUrl('kpis', 'lang=en', `parentOrigin=${encodeURIComponent(host.origin)}`);
    const v = await visit(host.page(hostHtml(frameTag('kpis', src) + embedJs())));
    const frame = await frameIn(v.page, '#kpis');
    await drawn(frame, 'kpis');
    await sized(v.page, '#kpis', (h) => h > INITIAL + 50);
    const card = frame.locator('.kpi-card a').first();
    const [tab] = await Promise.all([v.page.context().waitForEvent('page'), card.click()]);
    await tab.waitForURL(/#\/metric\//);
    expect(new URL(tab.url()).searchParams.has('parentOrigin')).toBe(false);
    await tab.locator('main figure').first().waitFor();
    expect(await tab.locator('.embed').count()).toBe(0);
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();
    // Still the embed, still sized by its messages.
    expect(new URL(frame.url()).hash).toBe('#/embed/kpis');
    await sized(v.page, '#kpis', (h) => h > INITIAL + 50);
    expectClean(v);
    await v.page.close();
  });

  it("pastes the dashboard's 'copy embed code' snippet into a host page: same view, sized", async () => {
    const dashboard = await visit(`${served.url}?data=${FIXTURE}#/metric/${METRIC}`);
    const chart = dashboard.page.locator('main figure').first();
    await chart.locator('.chart-body svg').waitFor();
    const title = await chart.locator('.chart-title').textContent();
    expect(title).toBeTruthy();
    await chart.getByRole('button', { name: '复制嵌入代码' }).click();
    const snippet = await dashboard.page.getByRole('textbox', { name: /^嵌入代码/ }).inputValue();
    expect(snippet).toContain('data-rule-of-law-dashboard');
    expect(snippet).toContain(`#/embed/metric/${METRIC}`);
    expect(dashboard.errors).toEqual([]);
    await dashboard.page.close();

    // Pasted as is: no host style, the browser's default iframe border and all.
    const v = await visit(host.page(hostHtml(snippet, 'body { margin: 8px }')));
    const frame = await frameIn(v.page, 'iframe[data-rule-of-law-dashboard]');
    expect(new URL(frame.url()).origin).toBe(app);
    await drawn(frame);
    expect(await frame.locator('.embed .chart-title').first().textContent()).toBe(title);
    const height = await sized(v.page, 'iframe[data-rule-of-law-dashboard]', (h) => h > 100);
    // Sized by embed.js, not left at the snippet's height="400".
    expect(
      await v.page.$eval(
        'iframe[data-rule-of-law-dashboard]',
        (f) => (f as HTMLElement).style.height,
      ),
    ).toBe(`${height}px`);
    expectClean(v);
    await v.page.close();
  });

  it("links 'open in full dashboard' to the same view and settings, in a new tab", async () => {
    const params = ['lang=en', 'theme=dark', 'year=2023'];
    const src = embedUrl(
      `metric/${METRIC}`,
      ...params,
      'chrome=none',
      'transparent=1',
      `parentOrigin=${encodeURIComponent(host.origin)}`,
    );
    const v = await visit(host.page(hostHtml(frameTag('metric', src) + embedJs())));
    const frame = await frameIn(v.page, '#metric');
    await drawn(frame);
    await sized(v.page, '#metric', (h) => h > INITIAL + 50);
    const link = frame.getByRole('link', { name: 'Open in full dashboard' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(/\s+/)).toContain('noopener');
    const href = new URL((await link.getAttribute('href')) ?? '', frame.url());
    expect(`${href.origin}${href.pathname}`).toBe(served.url);
    expect(href.hash).toBe(`#/metric/${METRIC}`);
    expect(Object.fromEntries(href.searchParams)).toEqual({
      data: FIXTURE,
      lang: 'en',
      theme: 'dark',
      year: '2023',
    });

    const [tab] = await Promise.all([v.page.context().waitForEvent('page'), link.click()]);
    await tab.waitForURL(href.href);
    await tab.getByRole('heading', { name: 'Requests to the 12345 hotline' }).waitFor();
    expect(await tab.locator('.embed').count()).toBe(0);
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();
    expectClean(v);
    await v.page.close();
  });

  it('keeps the unit in sight with ?chrome=none, leaving out only the title and source line', async () => {
    const v = await visit(embedUrl(`metric/${METRIC}`, 'lang=en', 'chrome=none'));
    await v.page.locator('.embed figure .chart-body svg').waitFor();
    const width = (selector: string) =>
      v.page.locator(`.embed figure ${selector}`).evaluate((e) => e.getBoundingClientRect().width);
    const unit = v.page.locator('.embed figure .chart-unit');
    expect(await unit.textContent()).toMatch(/requests/);
    expect(await unit.isVisible()).toBe(true);
    expect(await width('.chart-unit')).toBeGreaterThan(20);
    // Still there for screen readers, but out of sight: the host page shows its own.
    expect(await width('.chart-title')).toBeLessThanOrEqual(1);
    expect(await width('.chart-source')).toBeLessThanOrEqual(1);
    expect(await v.page.locator('.embed-identity').count()).toBe(0);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('loads the embed demo page with no failed request', async () => {
    const failed: string[] = [];
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
    await page.goto(new URL('embed-demo.html', served.url).href);
    for (const [i, view] of ['metric', 'category', 'kpis'].entries())
      await drawn(
        await frameIn(page, `iframe[data-rule-of-law-dashboard] >> nth=${i}`),
        view === 'kpis' ? 'kpis' : 'chart',
      );
    await page.waitForTimeout(1000);
    expect(failed).toEqual([]);
    // Chromium fetches a favicon outside what a page's request events report: ask for it here.
    const icon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
      return link ? (await fetch(link.href)).status : 'no icon link, so /favicon.ico: 404';
    });
    expect(icon).toBe(200);
    await page.close();
  });

  for (const width of [390, 1440])
    it(`lays out the Copy embed code dialog at ${width} px: no control over another, focus back on Escape`, async () => {
      const v = await visit(`${served.url}?data=${FIXTURE}#/category/${CATEGORY}`, {
        width,
        height: width === 390 ? 844 : 900,
      });
      const opener = v.page.locator('.page-head').getByRole('button', { name: '复制嵌入代码' });
      await opener.click();
      const dialog = v.page.getByRole('dialog', { name: /^复制嵌入代码/ });
      await dialog.waitFor();
      for (const name of ['宽度', '主题', '语言', '包含的指标'])
        expect(
          await dialog
            .getByRole(/宽度|包含/.test(name) ? 'group' : 'combobox', {
              name: new RegExp(`^${name}`),
            })
            .isVisible(),
        ).toBe(true);

      const layout = await dialog.evaluate((box) => {
        const rects = [
          ...box.querySelectorAll('input, select, textarea, button, label, legend, iframe, h2, h3'),
        ].flatMap((e) => {
          const r = e.getBoundingClientRect();
          // A row scrolled out of the metric list is not on screen to overlap anything.
          const list = e.closest('.embed-metric-list')?.getBoundingClientRect();
          if (list && (r.top < list.top || r.bottom > list.bottom)) return [];
          return r.width && r.height ? [{ e, r }] : [];
        });
        const overlaps: string[] = [];
        const name = (e: Element) => `${e.tagName} ${e.textContent?.slice(0, 20) ?? ''}`;
        for (const [i, a] of rects.entries())
          for (const b of rects.slice(i + 1)) {
            if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (w > 1 && h > 1) overlaps.push(`${name(a.e)} / ${name(b.e)}`);
          }
        const code = box.querySelector('textarea') as HTMLTextAreaElement;
        const style = getComputedStyle(code);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) throw new Error('no canvas');
        context.font = style.font;
        const char = context.measureText('x'.repeat(100)).width / 100;
        const line =
          code.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const small = [...box.querySelectorAll('input, select, textarea, button')]
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map(({ e, r }) => `${name(e)} ${Math.round(r.width)}×${Math.round(r.height)}`);
        const dialogBox = box.getBoundingClientRect();
        return {
          overlaps,
          small,
          charsPerLine: Math.floor(line / char),
          sideways: box.scrollWidth - box.clientWidth,
          inWindow: dialogBox.left >= 0 && dialogBox.right <= window.innerWidth,
        };
      });
      expect(layout.overlaps).toEqual([]);
      expect(layout.small).toEqual([]);
      expect(layout.sideways).toBeLessThanOrEqual(0);
      expect(layout.inWindow).toBe(true);
      if (width === 1440) expect(layout.charsPerLine).toBeGreaterThanOrEqual(60);

      // Narrowed to the metrics left ticked, in the category's order.
      await dialog.getByRole('checkbox', { name: '12345热线诉求量' }).uncheck();
      const code = dialog.getByRole('textbox', { name: /^嵌入代码/ });
      expect(await code.inputValue()).toContain(
        'metrics=hotline_resolution_rate,hotline_satisfaction_rate,hotline_city_rank#/embed/category/hotline',
      );
      // Cleared, then two ticked: the preview shows just those two.
      await dialog.getByRole('button', { name: '全不选' }).click();
      await dialog.getByRole('checkbox', { name: '热线办理全市排名' }).check();
      await dialog.getByRole('checkbox', { name: '12345热线诉求量' }).check();
      expect(await code.inputValue()).toContain(
        'metrics=hotline_requests,hotline_city_rank#/embed/category/hotline',
      );
      const preview = v.page.frameLocator('.embed-preview');
      await expect
        .poll(() => preview.locator('.embed figure .chart-title').allTextContents(), {
          timeout: 10_000,
        })
        .toEqual(['12345热线诉求量', '热线办理全市排名']);
      await dialog.getByRole('button', { name: '复制', exact: true }).click();
      const status = dialog.getByRole('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await expect.poll(() => status.textContent()).toMatch(/已复制|浏览器不允许/);

      await v.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(v.errors).toEqual([]);
      await v.page.close();
    });
});
