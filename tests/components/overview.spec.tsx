import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import { chineseOnly } from '../fixtures/index.ts';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts): every figure below is the fixture's.

/** The headline KPI card whose title links to the named metric. */
async function card(name: string) {
  const kpis = await screen.findByRole('region', { name: /^(核心指标|Headline KPIs)/ });
  const cards = within(kpis)
    .getAllByRole('article')
    .filter((article) => within(article).queryByRole('heading', { name }));
  expect(cards).toHaveLength(1);
  return cards[0] as HTMLElement;
}

describe('overview', () => {
  it('shows the headline KPIs of the latest year with data', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    const hotline = await card('12345热线诉求量');
    expect(within(hotline).getByText('15万件')).toBeInTheDocument();
    expect(within(await card('主动公开政府信息')).getByText('23,870条')).toBeInTheDocument();
  });

  it('says "not published" for a headline metric with no figure in the focus year, and gives the latest one', async () => {
    renderApp();
    const events = await card('普法宣传活动');
    expect(within(events).getByText('未公开')).toBeInTheDocument();
    expect(within(events).getByText('最近公布：2023年 千余场')).toBeInTheDocument();
  });

  it('shows a rate’s change in percentage points, marked as good news', async () => {
    renderApp();
    const satisfaction = await card('热线诉求满意率');
    expect(within(satisfaction).getByText('+1.2个百分点')).toHaveTextContent(
      '+1.2个百分点 较2023年（向好）',
    );
    expect(within(satisfaction).getByText('较2023年')).toBeInTheDocument();
  });

  it('gives the source’s stated change no second line where the published figures bear it out', async () => {
    renderApp();
    const satisfaction = await card('热线诉求满意率');
    expect(within(satisfaction).queryByText('来源表述')).not.toBeInTheDocument();
    expect(within(satisfaction).queryByText(/按公布数字/)).not.toBeInTheDocument();
  });

  it('puts the source’s stated change first where the published figures disagree, and shows ours too', async () => {
    renderApp();
    const resolution = await card('热线诉求解决率');
    expect(within(resolution).getByText('+2.5个百分点')).toBeInTheDocument();
    expect(within(resolution).getByText('来源表述')).toBeInTheDocument();
    expect(within(resolution).getByText('⚠ 按公布数字：+2.7个百分点 较2023年')).toBeInTheDocument();
  });

  it('gives only the direction of a change from an "at least" figure, with a sentence to read out', async () => {
    renderApp();
    const hotline = await card('12345热线诉求量');
    expect(within(hotline).getByText('−5%')).toBeInTheDocument();
    expect(within(hotline).getByText('⚠ 按公布数字：有所下降 较2023年')).toBeInTheDocument();
    expect(
      within(hotline).getByText(
        '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降；来源称“较去年同期下降5%”，与两年公布数字不符。',
      ),
    ).toBeInTheDocument();
  });

  it('gives a rank as a place, and a climb as good news', async () => {
    renderApp();
    const rank = await card('热线办理全市排名');
    expect(within(rank).getByText('第2名')).toBeInTheDocument();
    expect(within(rank).getByText('上升1位')).toHaveTextContent('上升1位 较2023年（向好）');
    expect(within(rank).getByText('较2023年')).toBeInTheDocument();
  });

  it('links a figure with a note to the page that explains it', async () => {
    renderApp();
    const items = await card('主动公开政府信息');
    expect(within(items).getByRole('link', { name: '数据有说明，查看详情' })).toHaveAttribute(
      'href',
      '#/metric/info_proactive_items',
    );
  });

  it('opens the focus year a link asks for', async () => {
    renderApp('?year=2023');
    expect(await screen.findByRole('heading', { name: '核心指标 · 2023年' })).toBeInTheDocument();
    const hotline = await card('12345热线诉求量');
    expect(within(hotline).getByText('18万余件')).toBeInTheDocument();
    expect(within(await card('普法宣传活动')).getByText('千余场')).toBeInTheDocument();
  });

  it('reads in English with ?lang=en', async () => {
    renderApp('?lang=en');
    expect(
      await screen.findByRole('heading', { name: 'Headline KPIs · 2024' }),
    ).toBeInTheDocument();
    expect(
      within(await card('Requests to the 12345 hotline')).getByText('150,000 requests'),
    ).toBeInTheDocument();
    expect(within(await card('Citywide hotline rank')).getByText('2nd')).toBeInTheDocument();
    expect(
      within(await card('Legal-education events')).getByText('not published'),
    ).toBeInTheDocument();
  });

  it('has a section per category with its charts, milestones and findings', async () => {
    renderApp();
    const section = await screen.findByRole('region', { name: '热线诉求办理' });
    const figures = within(section).getAllByRole('figure');
    expect(figures.length).toBe(4);
    expect(within(section).getByRole('heading', { name: '大事记' })).toBeInTheDocument();
    expect(within(section).getByText(/建成区级接诉即办指挥调度平台/)).toBeInTheDocument();
    expect(within(section).getByText(/部分复杂诉求办理周期偏长/)).toBeInTheDocument();
  });

  it('describes every chart in a sentence and can show its data as a table', async () => {
    const user = userEvent.setup();
    renderApp();
    const figure = await screen.findByRole('figure', { name: /12345热线诉求量/ });
    expect(figure).toHaveAccessibleDescription(
      '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降；来源称“较去年同期下降5%”，与两年公布数字不符。2021年未公开。',
    );
    await user.click(within(figure).getByRole('button', { name: '显示数据表' }));
    const table = within(figure).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows.slice(1)).toEqual([
      '20209.8万件',
      '2021未公开',
      '202212万余件',
      '202318万余件',
      '202415万件',
    ]);
  });

  it('draws the chart itself once the chart code has loaded', async () => {
    renderApp();
    const figure = await screen.findByRole('figure', { name: /热线诉求解决率/ });
    await within(figure).findByText('96.2%', { selector: 'text, tspan' });
  });
});

describe('a file without English', () => {
  it('shows its Chinese names under ?lang=en, with the controls in English', async () => {
    server.use(serveDataset(chineseOnly));
    renderApp('?lang=en');
    expect(
      await screen.findByRole('heading', { name: 'Headline KPIs · 2024' }),
    ).toBeInTheDocument();
    expect(within(await card('调解成功率')).getByText('97.5%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '人民调解' })).toHaveAttribute(
      'href',
      '#/category/mediation',
    );
    expect(screen.getByLabelText('Focus year')).toBeInTheDocument();
  });
});
