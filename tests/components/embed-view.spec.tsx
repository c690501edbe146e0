import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

/** The charts' titles, in the order the embed shows them. */
async function chartTitles() {
  const figures = await screen.findAllByRole('figure');
  return figures.map(
    (f) => document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent,
  );
}

describe('what an embed shows (CONTRACT §3)', () => {
  it('shows every chart of the category when the link names no metrics', async () => {
    renderApp('#/embed/category/hotline');
    expect(await chartTitles()).toEqual([
      '12345热线诉求量',
      '热线诉求解决率',
      '热线诉求满意率',
      '热线办理全市排名',
    ]);
  });

  it('narrows a category to ?metrics=, in that order, skipping ids it does not have', async () => {
    renderApp(
      '?metrics=hotline_city_rank,nothing_here,hotline_requests,hotline_city_rank#/embed/category/hotline',
    );
    expect(await chartTitles()).toEqual(['热线办理全市排名', '12345热线诉求量']);
  });

  it('says so when none of the chosen metrics is in the category', async () => {
    renderApp('?lang=en&metrics=nothing_here#/embed/category/hotline');
    expect(
      await screen.findByText('None of the metrics this link chooses is in this category.'),
    ).toBeVisible();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('heads the KPI strip with its name, then one level down for each card', async () => {
    renderApp('#/embed/kpis');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(1);
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
  });

  it.each(['#/embed/kpis', '#/embed/category/hotline', '#/embed/metric/hotline_requests'])(
    'opens every link of %s in a new tab, at the full dashboard, never inside the frame',
    async (hash) => {
      renderApp(`?lang=en&chrome=none&parentOrigin=https://intranet.example${hash}`);
      await screen.findByRole('link', { name: 'Open in full dashboard' });
      const links = screen.getAllByRole('link');
      for (const link of links) {
        expect(link, link.textContent ?? '').toHaveAttribute('target', '_blank');
        expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
        const href = new URL(link.getAttribute('href') ?? '', window.location.href);
        expect(href.hash).not.toMatch(/^#\/embed\//);
        expect([...href.searchParams.keys()]).not.toContain('parentOrigin');
        expect([...href.searchParams.keys()]).not.toContain('chrome');
      }
    },
  );

  it('links each KPI card to its metric in the full dashboard', async () => {
    renderApp('?lang=en#/embed/kpis');
    const card = await screen.findByRole('link', { name: 'Requests to the 12345 hotline' });
    expect(new URL(card.getAttribute('href') ?? '').hash).toBe('#/metric/hotline_requests');
    expect(card).toHaveAttribute('target', '_blank');
  });
});
