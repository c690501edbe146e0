import type { Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

const FIXTURE = 'data/fixture.json';
const data = `?data=${FIXTURE}`;
// A message only the English catalogue holds.
const ENGLISH_MESSAGE = 'Largest improvements';

/**
 * Before each frame is painted, the page's own words (window title, heading, loading line,
 * navigation, controls) that are in Chinese; quotes from the sources stay Chinese by design.
 */
function recordChineseFrames() {
  const seen: string[] = [];
  Object.assign(window, { chineseFrames: seen });
  const cjk = /[\u3400-\u9fff]/;
  const frame = () => {
    // A label's own words, not its options: each language is named in itself.
    const words = (element: Element) =>
      element.matches('label')
        ? [...element.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join('')
        : (element as HTMLElement).innerText;
    const visible = [...document.querySelectorAll('#root h1, #root .loading, #root nav, label')]
      .filter((element) => element.getClientRects().length > 0)
      .map(words);
    for (const text of [document.title, ...visible]) if (cjk.test(text)) seen.push(text);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

describeInChromium('the English messages', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  async function open(link: string) {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const scripts: Promise<string>[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r: Response) => {
      // A chunk still arriving when the page closes has no text: it was not read, so not counted.
      if (/\/assets\/[\w-]+\.js$/.test(r.url())) scripts.push(r.text().catch(() => ''));
    });
    const englishFetched = async () =>
      (await Promise.all(scripts)).some((text) => text.includes(ENGLISH_MESSAGE));
    return { page, errors, englishFetched, visit: () => page.goto(`${served.url}${link}`) };
  }

  const chineseFrames = (page: Page) =>
    page.evaluate(() => (window as unknown as { chineseFrames: string[] }).chineseFrames);

  it('are never downloaded for a reader of the Chinese page', async () => {
    const { page, errors, englishFetched, visit } = await open(data);
    await visit();
    await page.getByRole('heading', { name: '核心指标 · 2024年' }).waitFor();
    expect(await englishFetched()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    { view: 'the overview', hash: '#/', shown: 'Headline KPIs · 2024' },
    { view: 'an embed', hash: '#/embed/kpis', shown: 'Open in full dashboard' },
    { view: 'the slides', hash: '#/present/2', shown: 'Slide 2 of' },
    { view: 'the speaker view', hash: '#/present/notes/2', shown: 'Speaker view' },
  ])(
    'arrive before the first frame of $view in English: no Chinese shows first',
    async ({ hash, shown }) => {
      const { page, errors, englishFetched, visit } = await open(`${data}&lang=en${hash}`);
      await page.addInitScript(recordChineseFrames);
      await visit();
      await page.getByText(shown).first().waitFor();
      expect(await chineseFrames(page)).toEqual([]);
      expect(await englishFetched()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('load when a reader switches to English, who sees the choice, then the page in English', async () => {
    const { page, errors, englishFetched, visit } = await open(data);
    // The English messages take a while to come, as on a slow network.
    await page.route(/\/assets\/[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(ENGLISH_MESSAGE)) await new Promise((resolve) => setTimeout(resolve, 600));
      await route.fulfill({ response, body });
    });
    await visit();
    await page.getByRole('heading', { name: '核心指标 · 2024年' }).waitFor();
    const language = page.getByRole('combobox', { name: '语言' });
    await language.selectOption('en');
    // While they load, the select shows the choice and the page stays whole, in Chinese.
    expect(await language.inputValue()).toBe('en');
    expect(await language.getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('heading', { name: '核心指标 · 2024年' }).isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Headline KPIs · 2024' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await englishFetched()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
