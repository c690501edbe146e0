import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import { basic } from '../fixtures/index.ts';
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
      '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降。',
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

describe('the focus year', () => {
  it('opens on the latest year in which most headline KPIs are published', async () => {
    renderApp();
    // Five of the six headline metrics have a 2024 figure; only 普法宣传活动 has none.
    expect(await screen.findByLabelText('关注年份')).toHaveDisplayValue('2024');
    expect(screen.getByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('opens on an earlier year when the latest has figures for half of the headline KPIs or fewer', async () => {
    // A variant of the fixture in which only two of six headline metrics publish for 2024.
    const thin2024 = basic.observations.filter(
      (o) =>
        o.year !== 2024 ||
        !['hotline_resolution_rate', 'hotline_satisfaction_rate', 'hotline_city_rank'].includes(
          o.metric,
        ),
    );
    server.use(serveDataset({ ...basic, observations: thin2024 }));
    renderApp();
    expect(await screen.findByRole('heading', { name: '核心指标 · 2023年' })).toBeInTheDocument();
    expect(screen.getByLabelText('关注年份')).toHaveDisplayValue('2023');
  });

  it('offers only years with at least one published figure', async () => {
    renderApp();
    const select = await screen.findByLabelText('关注年份');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2024', '2023', '2022', '2020']);
    expect(within(select).queryByRole('option', { name: '2021' })).not.toBeInTheDocument();
  });

  it('falls back to the default for a year with no figure at all', async () => {
    renderApp('?year=2021');
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(screen.getByLabelText('关注年份')).toHaveDisplayValue('2024');
  });
});
