import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import { chineseOnly } from '../fixtures/index.ts';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts): every figure below is the fixture's.
// Its focus year is 2024, the latest in which more than half of the headline metrics are published.

async function headlineKpis() {
  return screen.findByRole('region', { name: /^(核心指标|Headline KPIs)/ });
}

/** The headline KPI card of the named metric. */
async function card(name: string) {
  return within(await headlineKpis()).getByRole('article', { name });
}

/** The one element whose whole text is `text`, however it is split into parts. */
async function lineReading(text: string) {
  return within(await headlineKpis()).findByText((_, element) => element?.textContent === text);
}

/** The card's figure as a reader sees it, its number and unit together. */
const figure = (text: string) => (_: string, element: Element | null) =>
  element?.classList.contains('kpi-value') === true && element.textContent === text;

/** The card's change line that carries the amount, with its arrow, its year and its tone. */
const changeLine = (amount: string) => (_: string, element: Element | null) =>
  element?.classList.contains('kpi-change') === true &&
  (element.textContent ?? '').includes(amount);

describe('overview', () => {
  it('shows each headline KPI’s figure for the focus year', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    const hotline = await card('12345热线诉求量');
    expect(within(hotline).getByText(figure('15万件'))).toBeInTheDocument();
    expect(within(hotline).getByText('2024年')).toBeInTheDocument();
    expect(within(await card('主动公开政府信息')).getByText(figure('23870条'))).toBeInTheDocument();
  });

  it('shows the latest published figure, badged with its year, for a headline metric with no figure in the focus year', async () => {
    renderApp();
    const events = await card('普法宣传活动');
    expect(within(events).getByText(figure('千余场'))).toBeInTheDocument();
    expect(within(events).getByText('最近公布 · 2023年')).toBeInTheDocument();
    expect(within(events).queryByText('2024年')).not.toBeInTheDocument();
    expect(within(events).getByText('无可比上年数据')).toBeInTheDocument();
    expect(events).toHaveAccessibleDescription('2023年普法宣传活动千余场。');
  });

  it('shows a rate’s change in percentage points, marked as good news', async () => {
    renderApp();
    const satisfaction = await card('热线诉求满意率');
    expect(within(satisfaction).getByText(changeLine('+1.2个百分点'))).toHaveTextContent(
      '+1.2个百分点 较2023年（向好）',
    );
    expect(within(satisfaction).getByText('较2023年')).toBeInTheDocument();
  });

  it('adds no badge where the published figures bear out the source’s stated change', async () => {
    renderApp();
    const satisfaction = await card('热线诉求满意率');
    expect(within(satisfaction).queryByText('来源另有表述')).not.toBeInTheDocument();
    expect(within(satisfaction).queryByText(/^来源称/)).not.toBeInTheDocument();
  });

  it('gives the published figures’ change, with a badge where the source states another', async () => {
    renderApp();
    const resolution = await card('热线诉求解决率');
    expect(within(resolution).getByText(changeLine('+2.7个百分点'))).toHaveTextContent(
      '+2.7个百分点 较2023年（向好）',
    );
    expect(within(resolution).getByText('来源另有表述')).toBeInTheDocument();
    expect(within(resolution).queryByText('+2.5个百分点')).not.toBeInTheDocument();
    expect(resolution).toHaveAccessibleDescription(
      '2024年热线诉求解决率为96.2%，较上年（93.5%）提高2.7个百分点。',
    );
  });

  it('gives only the direction of a change from an "at least" figure, with a sentence to read out', async () => {
    renderApp();
    const hotline = await card('12345热线诉求量');
    const change = within(hotline).getByText(changeLine('有所下降'));
    expect(change).toHaveTextContent('有所下降 较2023年');
    expect(change).not.toHaveTextContent('%');
    expect(within(hotline).getByText('来源另有表述')).toBeInTheDocument();
    expect(hotline).toHaveAccessibleDescription(
      '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降。',
    );
  });

  it('gives a rank as a place, and a climb as good news', async () => {
    renderApp();
    const rank = await card('热线办理全市排名');
    expect(within(rank).getByText('第2名')).toBeInTheDocument();
    expect(within(rank).getByText(changeLine('上升1位'))).toHaveTextContent(
      '上升1位 较2023年（向好）',
    );
    expect(within(rank).getByText('较2023年')).toBeInTheDocument();
  });

  it('points the arrow of a rank’s climb up, the way its words go', async () => {
    renderApp();
    const rank = await card('热线办理全市排名');
    expect(within(rank).getByText(changeLine('上升1位'))).toHaveTextContent('▲ 上升1位');
  });

  it('marks a figure with a note, and links its card to the page that explains it', async () => {
    renderApp();
    const items = await card('主动公开政府信息');
    expect(within(items).getByText('有说明')).toBeInTheDocument();
    expect(within(items).getByRole('link', { name: '主动公开政府信息' })).toHaveAttribute(
      'href',
      '#/metric/info_proactive_items',
    );
    expect(within(await card('热线诉求满意率')).queryByText('有说明')).not.toBeInTheDocument();
  });

  it('opens the focus year a link asks for', async () => {
    renderApp('?year=2023');
    expect(await screen.findByRole('heading', { name: '核心指标 · 2023年' })).toBeInTheDocument();
    const hotline = await card('12345热线诉求量');
    expect(within(hotline).getByText(figure('18万余件'))).toBeInTheDocument();
    const events = await card('普法宣传活动');
    expect(within(events).getByText(figure('千余场'))).toBeInTheDocument();
    expect(within(events).getByText('2023年')).toBeInTheDocument();
    expect(within(events).queryByText(/最近公布/)).not.toBeInTheDocument();
  });

  it('says a change across a change of definition is not compared', async () => {
    renderApp('?year=2023');
    const items = await card('主动公开政府信息');
    expect(within(items).getByText(figure('25600条'))).toBeInTheDocument();
    expect(within(items).getByText('口径变化，不作比较')).toBeInTheDocument();
    expect(within(items).queryByText(/较2020年/)).not.toBeInTheDocument();
    expect(items).toHaveAccessibleDescription(
      '2023年主动公开政府信息25600条；与2020年（43210条）口径不同，不作比较。',
    );
  });

  it('reads in English with ?lang=en', async () => {
    renderApp('?lang=en');
    expect(
      await screen.findByRole('heading', { name: 'Headline KPIs · 2024' }),
    ).toBeInTheDocument();
    expect(
      within(await card('Requests to the 12345 hotline')).getByText(figure('150,000 requests')),
    ).toBeInTheDocument();
    expect(within(await card('Citywide hotline rank')).getByText('2nd')).toBeInTheDocument();
    const events = await card('Legal-education events');
    expect(within(events).getByText(figure('1,000+ events'))).toBeInTheDocument();
    expect(within(events).getByText('Latest published · 2023')).toBeInTheDocument();
    expect(
      within(await card('Hotline resolution rate')).getByText('The source states it differently'),
    ).toBeInTheDocument();
  });

  it('says so in English when a definition changed', async () => {
    renderApp('?lang=en&year=2023');
    const items = await card('Government information published proactively');
    expect(within(items).getByText('definition changed: not compared')).toBeInTheDocument();
    expect(items).toHaveAccessibleDescription(
      'Government information published proactively: 25,600 items in 2023; not compared with 43,210 items in 2020, which was measured differently.',
    );
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
      '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降。2021年未公开。',
    );
    await user.click(within(figure).getByRole('button', { name: '显示数据表' }));
    const table = within(figure).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows.slice(1)).toEqual([
      '202098000件',
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

describe('the scoreboard line above the cards', () => {
  it('counts the headline KPIs that improved, fell back, held level or show an earlier year', async () => {
    renderApp();
    // 普法宣传活动 shows its 2023 figure in 2024: it is counted as showing an earlier year.
    expect(
      await lineReading('6项核心指标：3项向好 · 1项回落 · 1项持平或无好坏之分 · 1项为往年数据'),
    ).toBeInTheDocument();
  });

  it('leaves out a count of zero', async () => {
    renderApp('?year=2023');
    // 主动公开政府信息 changed its definition in 2023: no comparable figure, so no decline.
    expect(
      await lineReading('6项核心指标：2项向好 · 1项持平或无好坏之分 · 3项无可比数据'),
    ).toBeInTheDocument();
  });

  it('reads in English with ?lang=en', async () => {
    renderApp('?lang=en');
    expect(
      await lineReading(
        '6 headline KPIs: 3 improved · 1 fell back · 1 unchanged or neutral · 1 showing an earlier year',
      ),
    ).toBeInTheDocument();
  });
});

describe('a file without English', () => {
  it('shows its Chinese names under ?lang=en, with the controls in English', async () => {
    server.use(serveDataset(chineseOnly));
    renderApp('?lang=en');
    expect(
      await screen.findByRole('heading', { name: 'Headline KPIs · 2024' }),
    ).toBeInTheDocument();
    expect(within(await card('调解成功率')).getByText(figure('97.5%'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '人民调解' })).toHaveAttribute(
      'href',
      '#/category/mediation',
    );
    expect(screen.getByLabelText('Focus year')).toBeInTheDocument();
  });
});
