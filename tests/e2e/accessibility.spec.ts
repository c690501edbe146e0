import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';
import { settle, viewLink, VIEWS, type View } from './views.ts';

// axe-core 4.14.1 in Chromium, on the built app. It runs without a CSP header: injecting its
// script is what a strict policy rightly blocks (strict-csp.spec.ts covers the policy).
const FIXTURE = 'data/fixture.json';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const view = (name: string) => VIEWS.find((v) => v.name === name) as View;

interface Case {
  name: string;
  view: View;
  params?: string[];
  /** Something the reader does before the check, e.g. open a table. */
  act?: (page: Page) => Promise<void>;
}

const openTables = async (page: Page) => {
  for (const button of await page.getByRole('button', { name: '显示数据表' }).all())
    await button.click();
};

const CASES: Case[] = [
  { name: 'overview, light', view: view('overview') },
  { name: 'overview, dark', view: view('overview'), params: ['theme=dark'] },
  {
    name: 'overview, contrast, in English',
    view: view('overview'),
    params: ['theme=contrast', 'lang=en'],
  },
  { name: 'a category', view: view('category') },
  { name: 'a metric with its table open', view: view('metric'), act: openTables },
  {
    name: 'a metric, dark, table open',
    view: view('metric'),
    params: ['theme=dark'],
    act: openTables,
  },
  { name: 'trends by value', view: view('trends by value') },
  { name: 'trends by change', view: view('trends by change') },
  { name: 'trends as an index', view: view('trends as an index') },
  { name: 'coverage', view: view('coverage') },
  { name: 'the error panel', view: view('error panel') },
  { name: 'an embed', view: view('embedded category'), params: ['theme=dark'] },
  {
    name: 'a narrowed embed without title and source, in contrast',
    view: view('embedded category'),
    params: ['theme=contrast', 'chrome=none', 'metrics=hotline_city_rank,hotline_requests'],
  },
  {
    name: 'the Copy embed code dialog, open on a category',
    view: view('category'),
    params: ['theme=dark'],
    act: async (page) => {
      await page.locator('.page-head').getByRole('button', { name: '复制嵌入代码' }).click();
      await page.getByRole('dialog', { name: /^复制嵌入代码/ }).waitFor();
      // Below the options (the host page's row among them): a chart draws once it is in view.
      await page.locator('.embed-preview').scrollIntoViewIfNeeded();
      await page.frameLocator('.embed-preview').locator('.embed figure svg').first().waitFor();
    },
  },
  {
    name: 'the Arrange slides panel, open',
    view: view('presentation slide'),
    act: async (page) => {
      await page.mouse.move(300, 300);
      await page.getByRole('button', { name: '编排幻灯片' }).click();
      await page.getByRole('dialog', { name: '编排幻灯片' }).waitFor();
    },
  },
];
// Any other view of the table joins by itself, every embed among them.
CASES.push(
  ...VIEWS.filter((v) => !CASES.some((c) => c.view === v)).map((v) => ({
    name: v.name,
    view: v,
  })),
);

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown[]; failureSummary: string }[];
}

describeInChromium('accessibility of the built dashboard (axe-core)', () => {
  const served = serveAppInChromium({ [FIXTURE]: fileText(basic) });

  it.each(CASES)('$name: no violation of any impact', async ({ view, params = [], act }) => {
    // axe goes in as an inline script, which the built page's own policy refuses: that policy is
    // checked elsewhere (strict-csp, data-origin), so this page bypasses it.
    const page = await served.browser.newPage({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${served.url}${viewLink(view, FIXTURE, ...params)}`);
    await settle(page, view);
    await act?.(page);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const result = await axe.run({ resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
