import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// The Excel download as a person finds it: by the name CONTRACT §6 gives it, on each page that
// offers it. The workbook's contents are read in tests/unit/model/export/xlsx.spec.ts, and as an
// office suite opens it in tests/e2e/workbook.spec.ts.

const saved = vi.hoisted(() => [] as { name: string; type: string; size: number }[]);
vi.mock('../../src/ui/export/save-file.ts', () => ({
  saveFile: (blob: Blob, name: string) => saved.push({ name, type: blob.type, size: blob.size }),
}));

afterEach(() => {
  saved.length = 0;
});

/** The page's code loads lazily, slowly on a busy machine. */
const patiently = { timeout: 5000 };

describe('Download Excel', () => {
  it.each([
    ['the overview', '?lang=en#/', 'Download Excel', /an About sheet and 3 data sheets/],
    [
      'a category',
      '?lang=en#/category/hotline',
      'Download Excel',
      /an About sheet and one data sheet\)/,
    ],
    ['the trends', '?lang=en#/trends', 'Download Excel', /an About sheet and one data sheet\)/],
    ['the overview in Chinese', '#/', '下载 Excel（.xlsx）', /说明页和 3 张数据工作表/],
    [
      'a category in Chinese',
      '#/category/legal_services',
      '下载 Excel（.xlsx）',
      /说明页和 1 张数据工作表/,
    ],
    ['the trends in Chinese', '#/trends', '下载 Excel（.xlsx）', /说明页和 1 张数据工作表/],
  ])('is on %s and saves the figures as one .xlsx named by the focus year', async (...args) => {
    const [, link, name, done] = args;
    const user = userEvent.setup();
    renderApp(link);
    const button = await screen.findByRole('button', { name }, patiently);
    await user.click(button);
    await vi.waitFor(() => expect(saved).toHaveLength(1), patiently);
    expect(saved[0]).toMatchObject({
      name: 'sample-2024-figures.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(saved[0]?.size).toBeGreaterThan(1000);
    // The status says so once React has rendered the end of the download.
    await vi.waitFor(() => {
      const status = screen
        .getAllByRole('status')
        .find((s) => s.textContent?.includes('sample-2024-figures.xlsx'));
      expect(status).toHaveTextContent(done);
    }, patiently);
  });

  it('takes its name from the focus year chosen', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en&year=2023#/');
    await user.click(await screen.findByRole('button', { name: 'Download Excel' }, patiently));
    await vi.waitFor(() => expect(saved).toHaveLength(1), patiently);
    expect(saved[0]?.name).toBe('sample-2023-figures.xlsx');
  });

  it('is not offered in the trends view while no metric is chosen', async () => {
    renderApp('?lang=en&metrics=#/trends');
    expect(await screen.findByText(/No metric is chosen yet/, {}, patiently)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download Excel' })).toBeNull();
  });
});
