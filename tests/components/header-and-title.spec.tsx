import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts), whose focus year is 2024.
const dataset = '示例区法治政府建设指标（测试数据）';

describe('the header', () => {
  it('names the region and the focus year', async () => {
    renderApp();
    const identity = await screen.findByText('示例市示例区 · 2024年');
    expect(screen.getByRole('banner')).toContainElement(identity);
  });

  it('follows the focus year a link asks for, on every view', async () => {
    renderApp('?year=2023#/metric/hotline_requests');
    const identity = await screen.findByText('示例市示例区 · 2023年');
    expect(screen.getByRole('banner')).toContainElement(identity);
  });

  it('reads in English with ?lang=en', async () => {
    renderApp('?lang=en');
    const identity = await screen.findByText('Sample District · 2024');
    expect(screen.getByRole('banner')).toContainElement(identity);
  });
});

describe('the window title', () => {
  it('names the overview with its focus year, then the dataset', async () => {
    renderApp();
    await waitFor(() => expect(document.title).toBe(`总览 · 2024年 · ${dataset}`));
  });

  it('names a metric, then the dataset', async () => {
    renderApp('#/metric/hotline_city_rank');
    await waitFor(() => expect(document.title).toBe(`热线办理全市排名 · ${dataset}`));
  });

  it('names the trends view, then the dataset', async () => {
    renderApp('#/trends');
    await waitFor(() => expect(document.title).toBe(`趋势对比 · ${dataset}`));
  });

  it('reads in English with ?lang=en', async () => {
    renderApp('?lang=en&year=2023');
    await waitFor(() =>
      expect(document.title).toBe(
        'Overview · 2023 · Sample District rule-of-law indicators (test data)',
      ),
    );
  });
});
