import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts): every figure below is the fixture's.
const years = ['2020', '2021', '2022', '2023', '2024'];

async function coverageTable(name = '各指标各年公布情况') {
  return screen.findByRole('table', { name });
}

/** The cells of the row headed `name`, one per year. */
function cellsOf(table: HTMLElement, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = within(table).getByRole('row', { name: new RegExp(`^${escaped} `) });
  return within(row).getAllByRole('cell');
}

describe('coverage view', () => {
  it('opens from the navigation, next to trends', async () => {
    const user = userEvent.setup();
    renderApp();
    const nav = await screen.findByRole('navigation', { name: '类别' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links.slice(0, 3)).toEqual(['总览', '趋势', '数据覆盖']);
    await user.click(within(nav).getByRole('link', { name: '数据覆盖' }));
    expect(await screen.findByRole('heading', { name: '数据覆盖', level: 2 })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '数据覆盖' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('has a column per dataset year and a row group per category', async () => {
    renderApp('#/coverage');
    const table = await coverageTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['指标', ...years]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .filter((th) => th.getAttribute('scope') === 'rowgroup')
        .map((th) => th.textContent),
    ).toEqual(['热线诉求办理', '政务公开', '普法与法律服务']);
  });

  it('says "published" with the figure, "approximate" with its qualifier, or "not published"', async () => {
    renderApp('#/coverage');
    const table = await coverageTable();
    const [y2020, y2021, y2022, , y2024] = cellsOf(table, '12345热线诉求量');
    expect(y2020).toHaveTextContent('已公布 98000件');
    expect(y2021).toHaveTextContent('未公开');
    expect(y2022).toHaveTextContent('约数 12万余件');
    expect(y2024).toHaveTextContent('已公布 15万件');
    const [, , , aid2023] = cellsOf(table, '法律援助案件');
    expect(aid2023).toHaveTextContent('约数 约1800件');
    const [, , , overdue2023] = cellsOf(table, '逾期答复的信息公开申请');
    expect(overdue2023).toHaveTextContent('已公布 0件');
  });

  it('counts the figures each year publishes, approximate ones included', async () => {
    renderApp('#/coverage');
    const table = await coverageTable();
    const totals = cellsOf(table, '各年合计');
    expect(totals.map((td) => td.textContent)).toEqual([
      '已公布 2 项',
      '已公布 0 项',
      '已公布 4 项（含约数 1 项）',
      '已公布 9 项（含约数 3 项）',
      '已公布 8 项（含约数 1 项）',
    ]);
  });

  it('links each metric to its page', async () => {
    renderApp('#/coverage');
    const table = await coverageTable();
    expect(within(table).getByRole('link', { name: '热线办理全市排名' })).toHaveAttribute(
      'href',
      '#/metric/hotline_city_rank',
    );
    expect(within(table).getAllByRole('link')).toHaveLength(10);
  });

  it('works in English', async () => {
    renderApp('?lang=en#/coverage');
    const table = await coverageTable('Published figures by metric and year');
    const [y2020, y2021, y2022] = cellsOf(table, 'Requests to the 12345 hotline');
    expect(y2020).toHaveTextContent('published 98,000 requests');
    expect(y2021).toHaveTextContent('not published');
    expect(y2022).toHaveTextContent('approximate 120,000+ requests');
    const [, , , rank2023] = cellsOf(table, 'Citywide hotline rank');
    expect(rank2023).toHaveTextContent('published 3rd');
    expect(cellsOf(table, 'Per year').map((td) => td.textContent)).toContain(
      '9 published (3 of them approximate)',
    );
    expect(within(table).getByRole('rowheader', { name: 'Legal education and aid' })).toBeVisible();
  });
});

describe('trends picker', () => {
  it('marks a metric published in one year only, and still lets it be chosen', async () => {
    const user = userEvent.setup();
    renderApp('?metrics=hotline_requests#/trends');
    await user.click(await screen.findByText('选择指标（已选 1 项）'));
    const once = screen.getByRole('checkbox', { name: '法律援助服务机构' });
    expect(once).toHaveAccessibleDescription('仅1年数据');
    expect(
      screen.getByRole('checkbox', { name: '12345热线诉求量' }),
    ).not.toHaveAccessibleDescription();
    await user.click(once);
    expect(window.location.search).toBe('?metrics=hotline_requests,legal_aid_providers');
  });

  it('counts an approximate figure as a published year', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en#/trends');
    await user.click(await screen.findByText('Choose metrics (6 chosen)'));
    expect(
      screen.getByRole('checkbox', { name: 'Legal-aid cases' }),
    ).not.toHaveAccessibleDescription();
    expect(
      screen.getByRole('checkbox', { name: 'Legal-education events' }),
    ).toHaveAccessibleDescription('1 year only');
  });
});
