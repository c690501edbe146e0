import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json (see tests/setup.ts): every figure below is the fixture's.

/** The first cell of each year's row in the metric page's table of all years. */
async function yearValues(metricName: string) {
  const table = await screen.findByRole('table', { name: metricName });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
}

describe('category page', () => {
  it('charts every metric of the category', async () => {
    renderApp('#/category/legal_services');
    expect(
      await screen.findByRole('heading', { name: '普法与法律服务', level: 2 }),
    ).toBeInTheDocument();
    for (const name of ['普法宣传活动', '法律援助案件', '法律援助服务机构'])
      expect(screen.getByRole('figure', { description: new RegExp(name) })).toBeInTheDocument();
  });

  it('shows a metric published once as a tile with its figure, year and quote, not as a chart', async () => {
    renderApp('#/category/legal_services');
    // A metric published in two years is drawn; wait for that drawing (its code loads lazily,
    // slowly on a busy machine), then look for none in the tile.
    const cases = await screen.findByRole('figure', { name: '法律援助案件' });
    expect(
      await within(cases).findByRole('img', { name: '法律援助案件' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const events = screen.getByRole('figure', { name: '普法宣传活动' });
    expect(within(events).getByText('千余场')).toBeInTheDocument();
    expect(within(events).getByText('2023年')).toBeInTheDocument();
    expect(within(events).getByText('开展各类普法宣传活动千余场')).toBeInTheDocument();
    expect(within(events).queryByRole('img')).not.toBeInTheDocument();
  });

  it('charts a metric only across the years it was published', async () => {
    const user = userEvent.setup();
    renderApp('#/category/legal_services');
    const cases = await screen.findByRole('figure', { name: '法律援助案件' });
    await user.click(within(cases).getByRole('button', { name: '显示数据表' }));
    const years = within(within(cases).getByRole('table'))
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(years).toEqual(['2023', '2024']);
  });

  it('links to each metric', async () => {
    renderApp('#/category/transparency');
    const index = await screen.findByRole('navigation', { name: '查看指标详情' });
    expect(
      within(index)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['主动公开政府信息', '逾期答复的信息公开申请', '政策文件公开征求意见']);
  });
});

describe('metric page', () => {
  it('lists every year, saying "not published" for the gaps', async () => {
    renderApp('#/metric/hotline_requests');
    expect(await yearValues('12345热线诉求量')).toEqual([
      '98000件',
      '未公开',
      '12万余件',
      '18万余件',
      '15万件',
    ]);
  });

  it('shows each figure with the sentence it was published in, its source and notes', async () => {
    renderApp('#/metric/hotline_requests');
    expect(
      await screen.findByText('全年受理12345热线诉求15万件，较去年同期下降5%'),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: '打开原文网页' });
    expect(links[0]).toHaveAttribute(
      'href',
      'https://www.example.gov.cn/fzzf/2021/report-2020.html',
    );
    expect(screen.getAllByText(/示例区2024年法治政府建设年度情况报告/).length).toBeGreaterThan(0);
    expect(screen.getByText(/降幅在16\.7%到21\.1%之间/)).toBeInTheDocument();
  });

  it('says a figure is a lower bound when the source wrote 余', async () => {
    renderApp('#/metric/hotline_requests');
    expect((await screen.findAllByText(/是下限/)).length).toBe(2);
  });

  it('shows how the metric is defined', async () => {
    renderApp('#/metric/hotline_requests');
    expect(await screen.findByText(/12345热线受理后派单至本区办理的诉求件数/)).toHaveTextContent(
      '口径：12345热线受理后派单至本区办理的诉求件数',
    );
  });

  it('lists the shortcomings and plans that concern the metric', async () => {
    renderApp('#/metric/legal_aid_providers');
    const related = await screen.findByRole('region', { name: '相关问题与安排' });
    expect(related).toHaveTextContent('12348热线接通率有待提高');
    expect(related).toHaveTextContent('法律援助服务机构 42家（2023年）');
  });
});

describe('not found', () => {
  it('says so for an unknown metric, with a way back', async () => {
    renderApp('#/metric/no_such_metric');
    expect(await screen.findByRole('heading', { name: '没有找到这个页面' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '#/');
  });

  it('says so for an unknown route', async () => {
    renderApp('?lang=en#/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/#\/nowhere/)).toBeInTheDocument();
  });
});
