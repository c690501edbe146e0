import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';
import { datasetFixture } from '../../mocks/scenarios.ts';

describe('category page', () => {
  it('charts every metric of the category', async () => {
    renderApp('#/category/petitions');
    expect(
      await screen.findByRole('heading', { name: '接诉即办与矛盾化解', level: 2 }),
    ).toBeInTheDocument();
    const names = datasetFixture.metrics
      .filter((m) => m.category === 'petitions')
      .map((m) => (typeof m.name === 'string' ? m.name : m.name.zh));
    expect(names.length).toBeGreaterThan(5);
    // Each metric is named in the summary sentence (accessible description) of some figure.
    for (const name of names) {
      const described = screen.queryAllByRole('figure', {
        description: (summary) => summary.includes(name),
      });
      expect(described, name).not.toHaveLength(0);
    }
  });

  it('links to each metric', async () => {
    renderApp('#/category/transparency');
    const index = await screen.findByRole('navigation', { name: '查看指标详情' });
    expect(within(index).getAllByRole('link').length).toBe(
      datasetFixture.metrics.filter((m) => m.category === 'transparency').length,
    );
  });
});

describe('metric page', () => {
  it('lists every year, saying "not published" for the gaps', async () => {
    renderApp('#/metric/jsjb_requests');
    const table = await screen.findByRole('table', { name: '接诉即办诉求量(12345热线)' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(rows).toEqual(['未公开', '未公开', '27万余件', '34万余件', '33.5万件']);
  });

  it('shows each figure with the sentence it was published in, its source and notes', async () => {
    renderApp('#/metric/jsjb_requests');
    expect(
      await screen.findByText('2024年,东城区共受理12345热线诉求33.5万件,较去年同期下降8%'),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: '打开原文网页' });
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^https?:\/\//));
    expect(screen.getAllByText(/下降8%/).length).toBeGreaterThan(1);
  });

  it('says a figure is a lower bound when the source wrote 余', async () => {
    renderApp('#/metric/jsjb_requests');
    expect((await screen.findAllByText(/是下限/)).length).toBe(2);
  });

  it('shows how the metric is defined', async () => {
    renderApp('#/metric/jsjb_requests');
    const definition = await screen.findByText(
      (_, element) => element?.tagName === 'P' && /^口径/.test(element.textContent ?? ''),
    );
    expect(definition).toHaveTextContent(/受理.*办理/);
  });

  it('lists the shortcomings and plans that concern the metric', async () => {
    renderApp('#/metric/legal_aid_organisations');
    const heading = await screen.findByRole('heading', { name: '相关问题与安排' });
    // The findings section has no accessible name (src/widgets/finding-list.tsx), so it is not
    // a region to query by role: reach it from its heading.
    // eslint-disable-next-line testing-library/no-node-access
    expect(heading.closest('section')).toHaveTextContent('12348');
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
