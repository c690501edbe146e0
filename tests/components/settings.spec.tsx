import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts), which runs from 2020 to 2024.

describe('settings and the URL', () => {
  it('switches language and writes it into the link', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { name: '核心指标 · 2024年' });
    await user.selectOptions(screen.getByLabelText('语言'), 'en');
    expect(
      await screen.findByRole('heading', { name: 'Headline KPIs · 2024' }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('applies the projector theme and keeps it in the link', async () => {
    const user = userEvent.setup();
    renderApp('#/category/hotline');
    await user.selectOptions(await screen.findByLabelText('主题'), 'contrast');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(window.location.search).toBe('?theme=contrast');
    expect(window.location.hash).toBe('#/category/hotline');
  });

  it('keeps the focus year and range in the link', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(await screen.findByLabelText('关注年份'), '2023');
    await user.selectOptions(screen.getByLabelText('起'), '2022');
    expect(window.location.search).toBe('?year=2023&from=2022');
    expect(screen.getByRole('heading', { name: '核心指标 · 2023年' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /12345热线诉求量/ })).toHaveAccessibleDescription(
      '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降；来源称“较去年同期下降5%”，与两年公布数字不符。',
    );
  });

  it('follows hash navigation to a category', async () => {
    renderApp();
    await screen.findByRole('heading', { name: '核心指标 · 2024年' });
    window.location.hash = '#/category/legal_services';
    fireEvent(window, new HashChangeEvent('hashchange'));
    expect(
      await screen.findByRole('heading', { name: '普法与法律服务', level: 2 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '普法与法律服务', current: 'page' }),
    ).toBeInTheDocument();
  });
});
