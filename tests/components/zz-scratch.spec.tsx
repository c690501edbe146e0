import { screen, within, waitFor } from '@testing-library/react';
import { it } from 'vitest';
import { renderApp } from './render-app.tsx';

it('dumps', async () => {
  for (const link of ['', '?year=2023', '?lang=en', '?year=2021']) {
    renderApp(link);
    const kpis = await screen.findByRole('region', { name: /^(核心指标|Headline KPIs)/ });
    console.log(link, 'BANNER', screen.getByRole('banner').textContent);
    console.log(link, 'KPIS', kpis.textContent);
    for (const a of within(kpis).getAllByRole('article')) console.log('CARD', a.textContent, '| DESC', a.getAttribute('aria-describedby') && document.getElementById(a.getAttribute('aria-describedby')!)?.textContent);
    const sel = screen.getByLabelText(/关注年份|Focus year/);
    console.log('OPTIONS', within(sel).getAllByRole('option').map((o) => o.textContent));
    await waitFor(() => document.title.length > 0);
    console.log('TITLE', document.title);
    const panel = screen.getByRole('region', { name: /主要变化|Key changes/ });
    console.log('KEY', panel.textContent);
    window.history.replaceState(null, '', '/');
    (await import('@testing-library/react')).cleanup();
  }
});
it('metric', async () => {
  renderApp('#/metric/info_proactive_items');
  const table = await screen.findByRole('table', { name: '主动公开政府信息' });
  console.log('TABLE', within(table).getAllByRole('row').map((r) => r.textContent).join(' | '));
  const fig = screen.getAllByRole('figure')[0]!;
  await new Promise((r) => setTimeout(r, 1500));
  console.log('FIG', fig.textContent);
  console.log('TITLE', document.title, 'BANNER', screen.getByRole('banner').textContent);
});
it('category', async () => {
  renderApp('#/category/legal_services');
  await screen.findByRole('heading', { name: '普法与法律服务', level: 2 });
  await new Promise((r) => setTimeout(r, 1500));
  for (const f of screen.getAllByRole('figure')) console.log('FIG', f.textContent, within(f).queryAllByRole('img').length);
  console.log('TITLE', document.title);
});
it('rank', async () => {
  renderApp('#/metric/hotline_city_rank');
  await screen.findByRole('table', { name: '热线办理全市排名' });
  await new Promise((r) => setTimeout(r, 1500));
  for (const f of screen.getAllByRole('figure')) console.log('FIG', f.textContent);
});
it('trends', async () => {
  renderApp('#/trends');
  await screen.findByRole('heading', { name: '趋势对比', level: 2 });
  await waitFor(() => document.title.length > 0);
  console.log('TITLE', document.title, 'BANNER', screen.getByRole('banner').textContent);
});
