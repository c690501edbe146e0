import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// A part that throws, as a bad figure once did deep in a view (a date that is no date): the
// rest of the app stays, and the reader is told what failed and how to go on.
vi.mock('../../src/features/overview/key-changes-panel.tsx', () => ({
  KeyChangesPanel: () => {
    throw new Error('a part of the overview failed');
  },
}));
vi.mock('../../src/features/present/headline-slides.tsx', async (original) => ({
  ...(await original<typeof import('../../src/features/present/headline-slides.tsx')>()),
  ScoreboardSlide: () => {
    throw new Error('the scoreboard slide failed');
  },
}));

describe('a failure inside the app', () => {
  it('keeps a view’s failure inside the view, says so and leads on, and recovers on another view', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp('#/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('这部分内容没能显示出来');
    expect(within(alert).getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '#/');
    expect(within(alert).getByRole('button', { name: '刷新页面' })).toBeVisible();
    // The header and the navigation stay.
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    await act(async () => {
      window.location.hash = '#/coverage';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 2, name: /数据覆盖/ })).toBeVisible();
    expect(screen.queryByText('这部分内容没能显示出来')).not.toBeInTheDocument();
  });

  it('keeps a slide’s failure on that slide, with the way to the next', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp('#/present/2');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('这张幻灯片没能显示出来');
    expect(alert).toHaveTextContent('按 →');
  });
});
