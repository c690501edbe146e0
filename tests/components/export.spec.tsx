import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The export controls as a person finds them: by role and by the names CONTRACT §6 fixes.
// The files themselves are made and checked in Chromium (tests/e2e/export.spec.ts).

/** The page's code loads lazily, slowly on a busy machine. */
const patiently = { timeout: 5000 };

describe('a chart’s export controls', () => {
  it('open from one "Export" button, carry the contract’s names, and close with Escape', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en#/metric/hotline_requests');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Requests to the 12345 hotline' },
      patiently,
    );
    const toggle = within(figure).getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Not even hidden: a page of charts carries no export controls until one is opened.
    expect(screen.queryAllByRole('button', { name: 'Download PNG', hidden: true })).toEqual([]);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = within(figure).getByRole('group', {
      name: 'Export “Requests to the 12345 hotline”',
    });
    for (const name of [
      'Download PNG',
      'Slide PNG (16:9)',
      'Download SVG',
      'Download CSV',
      'Copy image',
      'Copy with caption',
    ])
      expect(within(panel).getByRole('button', { name })).toBeVisible();
    expect(within(panel).getByRole('combobox', { name: 'Pixel ratio' })).toHaveValue('2');

    await user.tab();
    expect(within(panel).getByRole('button', { name: 'Download PNG' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('carries Chinese names in Chinese', async () => {
    const user = userEvent.setup();
    renderApp('#/metric/hotline_requests');
    const figure = await screen.findByRole('figure', { name: '12345热线诉求量' }, patiently);
    await user.click(within(figure).getByRole('button', { name: '导出' }));
    for (const name of ['下载 PNG', '下载 SVG', '下载 CSV', '复制图片', '复制图片和说明'])
      expect(within(figure).getByRole('button', { name })).toBeVisible();
  });

  it('says why an image cannot be copied where the browser forbids it, and offers the download', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en#/metric/hotline_requests');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Requests to the 12345 hotline' },
      patiently,
    );
    await user.click(within(figure).getByRole('button', { name: 'Export' }));
    await user.click(within(figure).getByRole('button', { name: 'Copy image' }));
    expect(within(figure).getByRole('status')).toHaveTextContent(
      /does not let this page put an image on the clipboard.*Download the PNG instead/,
    );
    expect(within(figure).getByRole('button', { name: 'Download the PNG instead' })).toBeVisible();
  });
});

describe('a page’s Export all and Print', () => {
  it.each([
    ['the overview', '?lang=en#/'],
    ['a category', '?lang=en#/category/hotline'],
    ['the trends', '?lang=en#/trends'],
  ])('are on %s', async (_, link) => {
    renderApp(link);
    expect(await screen.findByRole('button', { name: 'Export all' }, patiently)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Print' })).toBeVisible();
  });
});
