import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import { basic } from '../fixtures/index.ts';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts): every figure below is the fixture's.
const link = '?metrics=hotline_requests,hotline_resolution_rate&from=2022&to=2024#/trends';

describe('trends view', () => {
  it('reopens the metrics and years a shared link names', async () => {
    renderApp(link);
    expect(await screen.findByRole('heading', { name: '趋势对比', level: 2 })).toBeInTheDocument();
    const chosen = screen.getByRole('list', { name: '已选指标' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['12345热线诉求量', '热线诉求解决率']);
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
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual([
      '12345热线诉求量',
      '热线诉求解决率',
      '热线诉求满意率',
      '热线办理全市排名',
      '主动公开政府信息',
      '普法宣传活动',
    ]);
  });

  it('writes a metric found by its English name into the link', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en&metrics=hotline_requests#/trends');
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
    expect(window.location.search).toBe(
      '?lang=en&metrics=hotline_requests,hotline_satisfaction_rate',
    );
    expect(window.location.hash).toBe('#/trends');
  });

  it('finds a metric by its Chinese name too', async () => {
    const user = userEvent.setup();
    renderApp('?metrics=#/trends');
    await user.click(await screen.findByText('选择指标（已选 0 项）'));
    await user.type(screen.getByLabelText('按名称搜索指标（中文或英文）'), '满意率');
    expect(await screen.findByRole('checkbox', { name: '热线诉求满意率' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '热线诉求解决率' })).not.toBeInTheDocument();
    expect(screen.getByText('尚未选择指标。请在上方“选择指标”中勾选。')).toBeInTheDocument();
  });

  it('removes a metric with its chip', async () => {
    const user = userEvent.setup();
    renderApp(link);
    await user.click(await screen.findByRole('button', { name: '移除“12345热线诉求量”' }));
    expect(window.location.search).toBe('?metrics=hotline_resolution_rate&from=2022&to=2024');
  });

  it('shows each change in its own terms, with the reason where none is shown', async () => {
    renderApp(link);
    const table = await screen.findByRole('table', { name: '各年变化' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name} `) });
    const cells = (name: string) => within(row(name)).getAllByRole('cell');
    const [hotline2022, hotline2023, hotline2024, hotlineGrowth] = cells('12345热线诉求量');
    expect(hotline2022).toHaveTextContent('有所增长 较2020年');
    expect(hotline2022).toHaveTextContent('约数，只示方向');
    expect(hotline2023).toHaveTextContent('有所增长 较2022年');
    expect(hotline2024).toHaveTextContent('有所下降 较2023年');
    expect(hotline2024).toHaveTextContent('约数，只示方向');
    expect(hotline2024).toHaveTextContent('来源表述：−5%');
    expect(hotlineGrowth).toHaveTextContent('约数，不计算');
    const [rate2022, rate2023, rate2024, rateGrowth] = cells('热线诉求解决率');
    expect(rate2022).toHaveTextContent('2022年未公布数据');
    expect(rate2023).toHaveTextContent('无可比上年数据');
    expect(rate2024).toHaveTextContent('+2.7个百分点 较2023年');
    expect(rate2024).toHaveTextContent('来源表述：+2.5个百分点');
    expect(rateGrowth).toHaveTextContent('比率和名次不计算');
  });

  it('switches to the change reading and keeps it in the link', async () => {
    const user = userEvent.setup();
    renderApp(link);
    await user.click(await screen.findByRole('radio', { name: '较上年变化' }));
    expect(window.location.search).toContain('reading=change');
    expect(await screen.findByRole('figure', { name: '热线诉求解决率：变化' })).toBeInTheDocument();
  });

  it('draws an index from the first year all chosen metrics share', async () => {
    renderApp(
      '?metrics=hotline_requests,hotline_satisfaction_rate,hotline_city_rank&reading=index#/trends',
    );
    expect(
      await screen.findByRole('figure', { name: '指数对比（2022年=100）' }),
    ).toBeInTheDocument();
    expect(screen.getByText('名次不计算指数，未列入：热线办理全市排名。')).toBeInTheDocument();
    expect(screen.getByText(/虚线（≈）表示由约数/)).toBeInTheDocument();
  });

  it('says why when none of the chosen metrics can be drawn as an index', async () => {
    renderApp('?metrics=pufa_events,legal_aid_providers&reading=index#/trends');
    expect(
      await screen.findByText('所选指标都画不成指数线：每条线需要同一口径下的两个数据。'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('普法宣传活动、法律援助服务机构在所选年份只有一个数据，连不成线，未画出。'),
    ).toBeInTheDocument();
  });

  it('lists metrics a link names that do not exist', async () => {
    renderApp('?metrics=hotline_requests,no_such_metric#/trends');
    expect(
      await screen.findByText('链接中的指标不存在，已忽略：no_such_metric'),
    ).toBeInTheDocument();
  });

  it('shows each finding beside what the data shows, or that nothing is published', async () => {
    renderApp('#/trends');
    const timeline = await screen.findByRole('region', { name: '大事记与问题（按年份）' });
    const findings = within(timeline).getByRole('region', { name: '问题与安排' });
    const slowCases = within(findings).getByText(/部分复杂诉求办理周期偏长/);
    expect(slowCases).toHaveRole('listitem');
    expect(slowCases).toHaveTextContent('未公布相关数据');
    const legalAid = within(findings).getByText(/12348热线接通率有待提高/);
    expect(legalAid).toHaveRole('listitem');
    expect(legalAid).toHaveTextContent('法律援助服务机构 42家（2023年）');
    expect(
      within(timeline).getByText(/被评为全市政务公开标准化规范化示范单位/),
    ).toBeInTheDocument();
  });
});

describe('a change of definition', () => {
  // 主动公开政府信息 was counted differently from 2023 on (comparableWithPrevious: false).
  const items = '?metrics=info_proactive_items#/trends';

  it('is not compared in the change table, and the next year is', async () => {
    renderApp(items);
    const table = await screen.findByRole('table', { name: '各年变化' });
    const row = within(table).getByRole('row', { name: /^主动公开政府信息 / });
    const [, , , y2023, y2024] = within(row).getAllByRole('cell');
    expect(y2023).toHaveTextContent('口径变化，不作比较');
    expect(y2023).not.toHaveTextContent('%');
    expect(y2024).toHaveTextContent('−6.8%（−1730条） 较2023年');
  });

  it('gives no compound growth across it, saying why', async () => {
    renderApp(items);
    const table = await screen.findByRole('table', { name: '各年变化' });
    const row = within(table).getByRole('row', { name: /^主动公开政府信息 / });
    const growth = within(row).getAllByRole('cell').at(-1);
    expect(growth).toHaveTextContent('口径变化');
    expect(growth).not.toHaveTextContent('%');
  });

  it('indexes from the first year after it, not across it', async () => {
    renderApp('?metrics=info_proactive_items&reading=index#/trends');
    expect(
      await screen.findByRole('figure', { name: '指数对比（2023年=100）' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: '指数对比（2020年=100）' }),
    ).not.toBeInTheDocument();
  });
});

describe('key changes on the overview', () => {
  it('reads the focus year’s largest improvements and declines, the weightiest first, as sentences linking to their metrics', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '主要变化 · 2024年' });
    const improvements = within(panel).getByRole('list', { name: '改善最多' });
    const links = within(improvements).getAllByRole('link');
    // 2.7 points, then one place (places count double), then 1.2 points.
    expect(links.map((a) => a.textContent)).toEqual([
      '2024年热线诉求解决率为96.2%，较上年（93.5%）提高2.7个百分点。',
      '2024年热线办理全市排名为第2名，较上年（第3名）上升1位。',
      '2024年热线诉求满意率为95.3%，较上年（94.1%）提高1.2个百分点。',
    ]);
    expect(links[0]).toHaveAttribute('href', '#/metric/hotline_resolution_rate');
    const declines = within(panel).getByRole('list', { name: '回落最多' });
    expect(
      within(declines)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['2024年主动公开政府信息23870条，较上年（25600条）下降6.8%，减少1730条。']);
  });

  it('puts headline KPIs first, before a larger change of another metric', async () => {
    // A variant of the fixture in which public comment halves (12 → 6 drafts): a larger
    // decline than the headline 主动公开政府信息 (−6.8% of some 25,000 items).
    const fewerDrafts = basic.observations.map((o) =>
      o.metric === 'policy_consultations' && o.year === 2024
        ? { ...o, value: 6, quote: '全年就6件政策文件公开征求意见' }
        : o,
    );
    server.use(serveDataset({ ...basic, observations: fewerDrafts }));
    renderApp();
    const panel = await screen.findByRole('region', { name: '主要变化 · 2024年' });
    const declines = within(panel).getByRole('list', { name: '回落最多' });
    expect(
      within(declines)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      '2024年主动公开政府信息23870条，较上年（25600条）下降6.8%，减少1730条。',
      '2024年政策文件公开征求意见6件，较2022年（12件）下降50%，减少6件。',
    ]);
  });
});
