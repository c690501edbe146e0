import type { Page, Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The built app in Chromium when the server or the network misbehaves. Faults are played by
// intercepting the data file's request, as a proxy between the reader and the server would.
const FIXTURE = 'data/fixture.json';
const DATA = `**/${FIXTURE}`;

const json = (body: unknown) => ({ contentType: 'application/json', body: JSON.stringify(body) });
const edited = {
  ...basic,
  observations: basic.observations.map((o) =>
    o.metric === 'hotline_requests' && o.year === 2024 ? { ...o, value: 160000 } : o,
  ),
};

const CUT = 'data/cut.json';

describeInChromium('the built dashboard on a bad network, in Chromium', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    {
      // A connection that breaks off mid-body: the headers promise the whole file, half comes.
      respond: (path, res) => {
        if (!path.endsWith(CUT)) return false;
        const body = Buffer.from(fileText(basic));
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': String(body.byteLength),
        });
        res.write(body.subarray(0, body.byteLength >> 1), () => res.destroy());
        return true;
      },
    },
  );

  async function open(fault: (route: Route) => Promise<void>, hash = '#/'): Promise<Page> {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(DATA, fault);
    await page.goto(`${served.url}?data=${FIXTURE}${hash}`);
    return page;
  }
  const kpis = (page: Page) => page.getByRole('heading', { name: '核心指标 · 2024年' });

  /** The alert says `words`, and the panel offers Retry and a local file. */
  async function expectPanel(page: Page, words: string | RegExp) {
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(words);
    expect(await page.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
    expect(await page.getByText('打开本机 JSON 文件').isVisible()).toBe(true);
  }

  it.each([
    ['a 404', (r: Route) => r.fulfill({ status: 404, body: 'Not found' }), '（404）'],
    [
      'a 200 login page',
      (r: Route) =>
        r.fulfill({ contentType: 'text/html', body: '<!doctype html><form>登录</form>' }),
      '收到的是一个网页（HTML）',
    ],
    [
      'a body cut inside a string',
      (r: Route) =>
        r.fulfill({ contentType: 'application/json', body: fileText(basic).slice(0, 600) }),
      /文件不是有效的 JSON：第 \d+ 行/,
    ],
    ['no network', (r: Route) => r.abort('internetdisconnected'), '无法连接到数据地址'],
  ])('says what happened on %s', async (_, fault, words) => {
    const page = await open(fault);
    await expectPanel(page, words);
    await page.close();
  });

  it("says, in the page's language and with Retry, that a body was cut off mid-transfer", async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.url}?data=${CUT}#/`);
    await expectPanel(page, '没有完整传来');
    expect(await page.getByRole('alert').textContent()).not.toContain('Failed to fetch');
    await page.close();
  });

  it('names GBK rather than showing mojibake, and reads UTF-16 by its byte-order mark', async () => {
    // A file saved in GBK: the fixture in ASCII (its other Chinese as \u escapes), its title's
    // 东城区 as GBK's bytes B6AB B3C7 C7F8.
    const ascii = fileText(basic)
      .replace(/"zh": "[^"]*"/, '"zh": "@@"')
      .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const at = ascii.indexOf('@@');
    const body = Buffer.concat([
      Buffer.from(ascii.slice(0, at)),
      Buffer.from([0xb6, 0xab, 0xb3, 0xc7, 0xc7, 0xf8]),
      Buffer.from(ascii.slice(at + 2)),
    ]);
    const page = await open((r) => r.fulfill({ contentType: 'application/json', body }));
    await expectPanel(page, /GBK.*另存为 UTF-8/);
    await page.close();

    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(fileText(basic), 'utf16le'),
    ]);
    const read = await open((r) => r.fulfill({ contentType: 'application/json', body: utf16 }));
    await kpis(read).waitFor();
    await read.close();
  });

  it('loads on Retry once a failing server (500) recovers', async () => {
    const page = await open((r) => r.fulfill({ status: 500, body: 'Internal error' }));
    await expectPanel(page, 'HTTP 500');
    await page.unroute(DATA);
    await page.getByRole('button', { name: '重试' }).click();
    await kpis(page).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('shows loading at once and, on a server that stalls, a note and Cancel that works', async () => {
    const page = await open(() => new Promise<void>(() => undefined));
    expect(await page.getByRole('status').textContent()).toBe('正在加载数据…');
    await page.getByText('仍在加载：服务器响应较慢', { exact: false }).waitFor();
    await page.getByRole('button', { name: '取消加载' }).click();
    await expectPanel(page, '你取消了加载数据文件');
    await page.unroute(DATA);
    await page.getByRole('button', { name: '重试' }).click();
    await kpis(page).waitFor();
    await page.close();
  });

  it('shows the new figures after a reload when the file changed in between', async () => {
    let requests = 0;
    const page = await open((r) => r.fulfill(json((requests += 1) === 1 ? basic : edited)));
    await page.getByText('15万件', { exact: true }).waitFor();
    await page.reload();
    await page.getByText('16万件', { exact: true }).waitFor();
    expect(await page.getByText('15万件', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('keeps the rest of the page when a chart’s code cannot be fetched', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/assets/trend-drawing-*.js', (r) => r.abort('connectionreset'));
    await page.goto(`${served.url}?data=${FIXTURE}#/metric/hotline_requests`);
    const figure = page.getByRole('figure', { name: '12345热线诉求量' });
    await figure.getByText('这张图表无法显示', { exact: false }).waitFor();
    await figure.getByRole('button', { name: '显示数据表' }).click();
    expect(await figure.getByRole('table').textContent()).toContain('15万件');
    await page.getByRole('link', { name: '总览' }).click();
    await kpis(page).waitFor();
    await page.close();
  });
});
