import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const embedScript = readFileSync(resolve(import.meta.dirname, '../../../public/embed.js'), 'utf8');

const DASHBOARD = 'https://dashboard.example';
const RESIZE = 'rule-of-law-dashboard:resize';

type HostWindow = Window & typeof globalThis;

const hostFrames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of hostFrames.splice(0)) frame.remove();
});

/** A fresh host page (a same-origin about:blank frame), so each spec starts without the script. */
function openHostPage(): HostWindow {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  hostFrames.push(frame);
  return frame.contentWindow as HostWindow;
}

/** What `<script src="embed.js">` does: runs the file in the host page. */
function includeEmbedScript(host: HostWindow, where: 'head' | 'body' = 'body') {
  const script = host.document.createElement('script');
  script.textContent = embedScript;
  host.document[where].append(script);
}

function embedDashboard(
  host: HostWindow,
  src = `${DASHBOARD}/index.html#/embed/kpis`,
  marked = true,
): HTMLIFrameElement {
  const iframe = host.document.createElement('iframe');
  if (marked) iframe.setAttribute('data-rule-of-law-dashboard', '');
  iframe.src = src;
  host.document.body.append(iframe);
  return iframe;
}

function post(
  host: HostWindow,
  data: unknown,
  { source, origin = DASHBOARD }: { source: Window | null; origin?: string },
) {
  host.dispatchEvent(new host.MessageEvent('message', { data, origin, source }));
}

function resize(host: HostWindow, iframe: HTMLIFrameElement, height: unknown) {
  post(host, { type: RESIZE, height }, { source: iframe.contentWindow });
}

function hostWithDashboard() {
  const host = openHostPage();
  includeEmbedScript(host);
  const iframe = embedDashboard(host);
  return { host, iframe };
}

describe('embed.js', () => {
  it('sets the iframe to the height its view reports', () => {
    const { host, iframe } = hostWithDashboard();
    resize(host, iframe, 612);
    expect(iframe.style.height).toBe('612px');
  });

  it('follows the view as it grows and shrinks', () => {
    const { host, iframe } = hostWithDashboard();
    resize(host, iframe, 612);
    resize(host, iframe, 900);
    resize(host, iframe, 300);
    expect(iframe.style.height).toBe('300px');
  });

  it('rounds a fractional height up, so no scroll bar appears', () => {
    const { host, iframe } = hostWithDashboard();
    resize(host, iframe, 612.2);
    expect(iframe.style.height).toBe('613px');
  });

  it('changes nothing on the iframe but its height', () => {
    const { host, iframe } = hostWithDashboard();
    resize(host, iframe, 612);
    expect(iframe.getAttributeNames().sort()).toEqual([
      'data-rule-of-law-dashboard',
      'src',
      'style',
    ]);
    expect(iframe.getAttribute('style')).toBe('height: 612px;');
  });

  it('ignores a message that does not come from the iframe', () => {
    const { host, iframe } = hostWithDashboard();
    const other = embedDashboard(host, `${DASHBOARD}/other.html`, false);
    post(host, { type: RESIZE, height: 612 }, { source: host });
    post(host, { type: RESIZE, height: 612 }, { source: other.contentWindow });
    post(host, { type: RESIZE, height: 612 }, { source: null });
    expect(iframe.style.height).toBe('');
  });

  it('ignores a message whose origin is not the iframe origin', () => {
    const { host, iframe } = hostWithDashboard();
    for (const origin of ['https://evil.example', 'http://dashboard.example', 'null', '']) {
      post(host, { type: RESIZE, height: 612 }, { source: iframe.contentWindow, origin });
    }
    expect(iframe.style.height).toBe('');
  });

  it('ignores an iframe that is not marked data-rule-of-law-dashboard', () => {
    const host = openHostPage();
    includeEmbedScript(host);
    const unmarked = embedDashboard(host, undefined, false);
    resize(host, unmarked, 612);
    expect(unmarked.style.height).toBe('');
  });

  it('ignores an iframe whose src has an opaque origin', () => {
    const host = openHostPage();
    includeEmbedScript(host);
    const iframe = embedDashboard(host, 'data:text/html,<p>hi</p>');
    post(host, { type: RESIZE, height: 612 }, { source: iframe.contentWindow, origin: 'null' });
    expect(iframe.style.height).toBe('');
  });

  it('resolves a relative src against the page to find the iframe origin', () => {
    const host = openHostPage();
    includeEmbedScript(host);
    const iframe = embedDashboard(host, 'index.html?lang=en#/embed/metric/jsjb_requests');
    const source = iframe.contentWindow;
    post(host, { type: RESIZE, height: 500 }, { source, origin: DASHBOARD });
    expect(iframe.style.height).toBe('');
    // The about:blank host page takes its base URL from the test page.
    post(host, { type: RESIZE, height: 500 }, { source, origin: window.location.origin });
    expect(iframe.style.height).toBe('500px');
  });

  it.each([
    ['null', null],
    ['a string', `${RESIZE}:612`],
    ['a number', 612],
    ['another type', { type: 'other:resize', height: 612 }],
    ['no type', { height: 612 }],
    ['no height', { type: RESIZE }],
  ])('ignores a message that is %s', (_, data) => {
    const { host, iframe } = hostWithDashboard();
    post(host, data, { source: iframe.contentWindow });
    expect(iframe.style.height).toBe('');
  });

  it.each([
    ['a numeric string', '612'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['negative', -612],
    ['zero', 0],
    ['null', null],
    ['an object', { valueOf: (): number => 612 }],
  ])('ignores a height that is %s', (_, height) => {
    const { host, iframe } = hostWithDashboard();
    resize(host, iframe, 400);
    resize(host, iframe, height);
    expect(iframe.style.height).toBe('400px');
  });

  it('clamps heights to 50…10000 px', () => {
    const { host, iframe } = hostWithDashboard();
    resize(host, iframe, 1);
    expect(iframe.style.height).toBe('50px');
    resize(host, iframe, 1e9);
    expect(iframe.style.height).toBe('10000px');
    resize(host, iframe, Number.MAX_VALUE);
    expect(iframe.style.height).toBe('10000px');
  });

  it('sizes several iframes on one page independently', () => {
    const { host, iframe: kpis } = hostWithDashboard();
    const metric = embedDashboard(host, `${DASHBOARD}/index.html#/embed/metric/jsjb_requests`);
    const category = embedDashboard(host, 'https://other-dashboard.example/#/embed/category/x');
    resize(host, kpis, 612);
    resize(host, metric, 380);
    post(
      host,
      { type: RESIZE, height: 720 },
      { source: category.contentWindow, origin: 'https://other-dashboard.example' },
    );
    expect([kpis.style.height, metric.style.height, category.style.height]).toEqual([
      '612px',
      '380px',
      '720px',
    ]);
  });

  it('sizes an iframe added after the script, when included in <head>', () => {
    const host = openHostPage();
    includeEmbedScript(host, 'head');
    const iframe = embedDashboard(host);
    resize(host, iframe, 612);
    expect(iframe.style.height).toBe('612px');
  });

  it('handles each message once when included twice', () => {
    const { host, iframe } = hostWithDashboard();
    const listen = vi.spyOn(host, 'addEventListener');
    includeEmbedScript(host);
    expect(listen).not.toHaveBeenCalledWith('message', expect.anything());
    resize(host, iframe, 612);
    expect(iframe.style.height).toBe('612px');
  });

  it('adds no global', () => {
    const host = openHostPage();
    const names = Object.getOwnPropertyNames(host);
    const symbols = Object.getOwnPropertySymbols(host);
    includeEmbedScript(host);
    includeEmbedScript(host);
    expect(Object.getOwnPropertyNames(host)).toEqual(names);
    expect(Object.getOwnPropertySymbols(host)).toEqual(symbols);
    expect(host.document.documentElement.getAttributeNames()).toEqual([]);
  });
});
