import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

const TITLE = '示例区法治政府建设指标（测试数据）';
const banner = () => screen.findByRole('note', { name: '数据来源' });
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe('where the figures come from', () => {
  it('shows no banner for the build’s own file', async () => {
    renderApp('#/');
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: '数据来源' })).not.toBeInTheDocument();
  });

  it.each([
    ['the overview', '#/'],
    ['a metric page', '#/metric/hotline_requests'],
    ['a slide', '#/present/2'],
    ['an embed', '#/embed/kpis'],
  ])('names another file on this site and its title on %s', async (_, hash) => {
    renderApp(`?data=data/other.json${hash}`);
    const note = await banner();
    expect(note).toHaveTextContent('本页数字不是看板自带的数据');
    expect(note).toHaveTextContent('/data/other.json');
    expect(note).toHaveTextContent(`数据集标题：“${TITLE}”`);
  });

  it('goes back to the build’s own file from the banner', async () => {
    const user = userEvent.setup();
    renderApp('?data=data/other.json#/');
    await user.click(within(await banner()).getByRole('button', { name: '改用默认数据' }));
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: '数据来源' })).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});

describe('addresses the dashboard refuses', () => {
  it('refuses a data: address, saying why and what to do, with no figure on the page', async () => {
    const data = `data:application/json;base64,${base64('{"format":"rule-of-law-dataset"}')}`;
    renderApp(`?data=${encodeURIComponent(data)}#/`);
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('数据地址以 data: 开头，不是网址');
    expect(panel).toHaveTextContent('请把数据文件放到本看板的服务器上');
    expect(screen.queryByText(/示例市示例区/)).not.toBeInTheDocument();
  });

  it('refuses another site, naming it, in English too', async () => {
    renderApp('?lang=en&data=https://other.example/data/x.json#/embed/kpis');
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent(
      'The data address is on another site, https://other.example, while this dashboard is on http://localhost',
    );
    expect(screen.getByRole('button', { name: 'Load the default data' })).toBeVisible();
    expect(screen.queryByText(/Sample District/)).not.toBeInTheDocument();
  });
});
