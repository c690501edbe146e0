import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

const link = '?metrics=jsjb_requests,jsjb_resolution_rate&from=2022&to=2024#/trends';

describe('trends view', () => {
  it('reopens the metrics and years a shared link names', async () => {
    renderApp(link);
    expect(await screen.findByRole('heading', { name: '趋势对比', level: 2 })).toBeInTheDocument();
    const chosen = screen.getByRole('list', { name: '已选指标' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['接诉即办诉求量(12345热线)', '接诉即办解决率']);
    const table = screen.getByRole('table', { name: '各年变化' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['指标', '2022', '2023', '2024', '年均复合增长']);
  });

  it('defaults to the headline KPIs', async () => {
    renderApp('#/trends');
    const chosen = await screen.findByRole('list', { name: '已选指标' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(8);
  });

  it('writes a metric found by its English name into the link', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en&metrics=jsjb_requests#/trends');
    await user.click(await screen.findByText('Choose metrics (1 chosen)'));
    await user.type(
      screen.getByLabelText('Search metrics by name (Chinese or English)'),
      'satisfaction',
    );
    const box = await screen.findByRole('checkbox', { name: 'Hotline satisfaction rate' });
    expect(
      screen.queryByRole('checkbox', { name: 'Requests to the 12345 hotline' }),
    ).not.toBeInTheDocument();
    await user.click(box);
    expect(window.location.search).toBe('?lang=en&metrics=jsjb_requests,jsjb_satisfaction_rate');
    expect(window.location.hash).toBe('#/trends');
  });

  it('finds a metric by its Chinese name too', async () => {
    const user = userEvent.setup();
    renderApp('?metrics=#/trends');
    await user.click(await screen.findByText('选择指标（已选 0 项）'));
    await user.type(screen.getByLabelText('按名称搜索指标（中文或英文）'), '满意率');
    expect(await screen.findByRole('checkbox', { name: '接诉即办满意率' })).toBeInTheDocument();
    expect(screen.getByText('尚未选择指标。请在上方“选择指标”中勾选。')).toBeInTheDocument();
  });

  it('removes a metric with its chip', async () => {
    const user = userEvent.setup();
    renderApp(link);
    await user.click(
      await screen.findByRole('button', { name: '移除“接诉即办诉求量(12345热线)”' }),
    );
    expect(window.location.search).toBe('?metrics=jsjb_resolution_rate&from=2022&to=2024');
  });

  it('shows each change in its own terms, with the reason where none is shown', async () => {
    renderApp(link);
    const table = await screen.findByRole('table', { name: '各年变化' });
    const row = (name: string) => {
      const rows = within(table)
        .getAllByRole('row')
        .filter((r) => within(r).queryByRole('link', { name }));
      expect(rows).toHaveLength(1);
      return rows[0] as HTMLElement;
    };
    const hotline = row('接诉即办诉求量(12345热线)');
    expect(hotline).toHaveTextContent('有所下降');
    expect(hotline).toHaveTextContent('约数，只示方向');
    expect(hotline).toHaveTextContent('来源表述: −8% ⚠ 与两年公布数字不符');
    expect(hotline).toHaveTextContent('约数，不计算');
    const resolution = row('接诉即办解决率');
    expect(resolution).toHaveTextContent('2022年未公布数据');
    expect(resolution).toHaveTextContent('+3.89个百分点');
    expect(resolution).toHaveTextContent('比率和名次不计算');
  });

  it('switches to the change reading and keeps it in the link', async () => {
    const user = userEvent.setup();
    renderApp(link);
    await user.click(await screen.findByRole('radio', { name: '较上年变化' }));
    expect(window.location.search).toContain('reading=change');
    expect(await screen.findByRole('figure', { name: '接诉即办解决率：变化' })).toBeInTheDocument();
  });

  it('draws an index from the first year all chosen metrics share', async () => {
    renderApp(
      '?metrics=jsjb_requests,gov_info_proactive_items,jsjb_city_rank_16_districts&reading=index#/trends',
    );
    expect(
      await screen.findByRole('figure', { name: '指数对比（2023年=100）' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('名次不计算指数，未列入：接诉即办市级考核十六区排名。'),
    ).toBeInTheDocument();
    expect(screen.getByText(/虚线（≈）表示由约数/)).toBeInTheDocument();
  });

  it('says so when the chosen metrics share no year', async () => {
    renderApp('?metrics=grid_internal_cases,enforcement_teams_retained&reading=index#/trends');
    expect(
      await screen.findByText('所选指标没有共同的公布年份，无法计算指数。'),
    ).toBeInTheDocument();
  });

  it('lists metrics a link names that do not exist', async () => {
    renderApp('?metrics=jsjb_requests,no_such_metric#/trends');
    expect(
      await screen.findByText('链接中的指标不存在，已忽略：no_such_metric'),
    ).toBeInTheDocument();
  });

  it('shows each finding beside what the data shows, or that nothing is published', async () => {
    renderApp('#/trends');
    const timeline = await screen.findByRole('region', { name: '大事记与问题（按年份）' });
    const courtAppearance = within(timeline)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText(/行政机关负责人出庭应诉率有待提高/)) as HTMLElement;
    expect(courtAppearance).toBeDefined();
    expect(courtAppearance).toHaveTextContent('未公布相关数据');
    expect(within(timeline).getByText(/全国法治政府建设示范地区/)).toBeInTheDocument();
  });
});

describe('key changes on the overview', () => {
  it('reads the focus year’s largest improvements and declines as sentences linking to their metrics', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '主要变化 · 2024年' });
    // The list has no accessible name of its own (src/features/overview/key-changes-panel.tsx):
    // it is the one after its heading.
    const heading = within(panel).getByRole('heading', { name: '改善最多' });
    // eslint-disable-next-line testing-library/no-node-access
    const improvements = heading.nextElementSibling as HTMLElement;
    const links = within(improvements).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.map((a) => a.textContent).join()).toContain(
      '2024年接诉即办解决率为98.01%，较上年（94.12%）提高3.89个百分点',
    );
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^#\/metric\//));
  });
});
