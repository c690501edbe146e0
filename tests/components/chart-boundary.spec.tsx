import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// A trend drawing that throws, as a Recharts bug or a figure it cannot place would.
vi.mock('../../src/ui/chart/draw/trend-drawing.tsx', () => ({
  default: () => {
    throw new Error('a drawing that fails');
  },
}));

describe('a chart that cannot be drawn', () => {
  it('says so inside its own frame, keeps its data table, and leaves the page usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderApp('#/metric/hotline_requests');
    const figure = await screen.findByRole('figure', { name: '12345热线诉求量' });

    expect(await within(figure).findByText(/这张图表无法显示/)).toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: '显示数据表' }));
    expect(within(figure).getByRole('table')).toHaveTextContent('15万件');
    // The rest of the page: the every-year table, the sources, the way to other views.
    expect(screen.getByRole('heading', { name: '来源与原文' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '总览' }));
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
  });
});
