import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

/** The headline KPI card whose title links to `name`. */
async function card(name: string) {
  const kpis = await screen.findByRole('region', { name: /^(核心指标|Headline KPIs)/ });
  const cards = within(kpis)
    .getAllByRole('article')
    .filter((article) => within(article).queryByRole('link', { name }));
  expect(cards).toHaveLength(1);
  return cards[0] as HTMLElement;
}

describe('overview', () => {
  it('shows the headline KPIs of the latest year with data', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    const hotline = within(await card('接诉即办诉求量(12345热线)'));
    expect(hotline.getByText('33.5万件')).toBeInTheDocument();
  });

  it('says "not published" for a headline metric with no figure in the focus year, and gives the latest one', async () => {
    renderApp();
    const events = within(await card('普法活动'));
    expect(events.getByText('未公开')).toBeInTheDocument();
    expect(events.getByText('最近公布：2023年 千余场')).toBeInTheDocument();
  });

  it('shows a rate’s change in percentage points, coloured as good news', async () => {
    renderApp();
    const satisfaction = within(await card('接诉即办满意率'));
    const change = satisfaction.getByText('+2.69个百分点');
    // The amount is the change paragraph's own text, so `change` is that paragraph.
    expect(change).toHaveClass('tone-good');
    expect(change).toHaveTextContent('（向好）');
    expect(satisfaction.getByText('较2023年')).toBeInTheDocument();
  });

  it('puts the source’s stated change first where the published figures disagree, and shows ours too', async () => {
    renderApp();
    const resolution = within(await card('接诉即办解决率'));
    expect(resolution.getByText('+3.58个百分点')).toBeInTheDocument();
    expect(resolution.getByText('来源表述')).toBeInTheDocument();
    expect(resolution.getByText('⚠ 按公布数字：+3.89个百分点 较2023年')).toBeInTheDocument();
  });

  it('gives only the direction of a change from an "at least" figure, with a sentence to read out', async () => {
    renderApp();
    const hotline = within(await card('接诉即办诉求量(12345热线)'));
    expect(hotline.getByText('⚠ 按公布数字：有所下降 较2023年')).toBeInTheDocument();
    expect(
      hotline.getByText(
        '2024年接诉即办诉求量(12345热线)为33.5万件，较上年（34万余件）有所下降；来源称“较去年同期下降8%”，与两年公布数字不符。',
      ),
    ).toBeInTheDocument();
  });

  it('opens the focus year a link asks for', async () => {
    renderApp('?year=2023');
    const hotline = within(await card('接诉即办诉求量(12345热线)'));
    expect(hotline.getByText('34万余件')).toBeInTheDocument();
  });

  it('reads in English with ?lang=en', async () => {
    renderApp('?lang=en');
    expect(
      await screen.findByRole('heading', { name: 'Headline KPIs · 2024' }),
    ).toBeInTheDocument();
    expect(
      within(await card('Requests to the 12345 hotline')).getByText('335,000 requests'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('not published').length).toBeGreaterThan(0);
  });

  it('has a section per category with its charts, milestones and findings', async () => {
    renderApp();
    const section = await screen.findByRole('region', { name: '接诉即办与矛盾化解' });
    expect(within(section).getByRole('heading', { level: 2 })).toHaveAccessibleName(
      '接诉即办与矛盾化解',
    );
    const figures = within(section).getAllByRole('figure');
    expect(figures.length).toBeGreaterThan(0);
    expect(within(section).getByRole('heading', { name: '大事记' })).toBeInTheDocument();
    expect(screen.getByText(/行政机关负责人出庭应诉率有待提高/)).toBeInTheDocument();
  });

  it('describes every chart in a sentence and can show its data as a table', async () => {
    const user = userEvent.setup();
    renderApp();
    const figure = await screen.findByRole('figure', { name: /接诉即办诉求量\(12345热线\)/ });
    expect(figure).toHaveAccessibleDescription(
      '2024年接诉即办诉求量(12345热线)为33.5万件，较上年（34万余件）有所下降；来源称“较去年同期下降8%”，与两年公布数字不符。2020、2021年未公开。',
    );
    await user.click(within(figure).getByRole('button', { name: '显示数据表' }));
    const table = within(figure).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toContain('2021未公开');
    expect(rows).toContain('202434万余件'.replace('2024', '2023'));
  });

  it('draws the chart itself once the chart code has loaded', async () => {
    renderApp();
    const figure = await screen.findByRole('figure', { name: /接诉即办解决率/ });
    await within(figure).findByText('98.01%', { selector: 'text, tspan' });
  });
});
