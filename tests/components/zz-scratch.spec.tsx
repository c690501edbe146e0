import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { it } from 'vitest';
import { renderApp } from './render-app.tsx';

it('trends', async () => {
  renderApp('?metrics=info_proactive_items,hotline_requests#/trends');
  const table = await screen.findByRole('table', { name: '各年变化' });
  console.log('TROWS', within(table).getAllByRole('row').map((r) => r.textContent).join(' | '));
  renderApp('?lang=en&metrics=info_proactive_items&reading=index#/trends');
  await new Promise((r) => setTimeout(r, 1500));
  console.log('TIDX', screen.getAllByRole('figure').map((f) => f.textContent).join(' || '));
});
it('category table', async () => {
  const user = userEvent.setup();
  renderApp('#/category/legal_services');
  const fig = await screen.findByRole('figure', { name: '法律援助案件' });
  await user.click(within(fig).getByRole('button', { name: '显示数据表' }));
  console.log('CROWS', within(fig).getAllByRole('row').map((r) => r.textContent).join(' | '));
  console.log('IMGS', screen.queryAllByRole('img', { hidden: true }).length, screen.queryAllByRole('img', { hidden: true, name: '' }).length);
});
