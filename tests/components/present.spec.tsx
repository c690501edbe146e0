import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { renderApp } from './render-app.tsx';

// The app serves tests/fixtures/basic.json: six headline KPIs, three categories, three findings.
const slide = () => screen.findByRole('article');
const hash = () => window.location.hash;

describe('presentation mode', () => {
  it('opens on a title slide naming the dataset, the region and the focus year', async () => {
    renderApp('#/present');
    const title = await slide();
    expect(within(title).getByRole('heading', { level: 2 })).toHaveTextContent(
      '示例区法治政府建设指标（测试数据）',
    );
    expect(title).toHaveTextContent('示例市示例区 · 2024年');
    expect(title).toHaveTextContent('第1张，共');
  });

  it('opens the slide a link names', async () => {
    renderApp('#/present/3');
    const third = await slide();
    // Slide 3 is the first headline KPI: its figure and the year it is for.
    expect(within(third).getByRole('heading', { level: 2 })).toHaveTextContent('12345热线诉求量');
    expect(third).toHaveTextContent('第3张');
  });

  it('moves with the keys a clicker sends, through the hash', async () => {
    const user = userEvent.setup();
    renderApp('#/present/2');
    await slide();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(hash()).toBe('#/present/3'));
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(hash()).toBe('#/present/4'));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(hash()).toBe('#/present/3'));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(hash()).toBe('#/present/2'));
    await user.keyboard('{End}');
    await waitFor(() => expect(hash()).toMatch(/^#\/present\/(\d+)$/));
    const last = Number(/\d+$/.exec(hash())?.[0]);
    expect(await slide()).toHaveTextContent(`第${last}张，共${last}张`);
    await user.keyboard('{Home}');
    await waitFor(() => expect(hash()).toBe('#/present/1'));
  });

  it('jumps to a slide typed as digits then Enter', async () => {
    const user = userEvent.setup();
    renderApp('#/present/1');
    await slide();
    await user.keyboard('9');
    expect(screen.getByText('跳到第9张，按回车确认')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(hash()).toBe('#/present/9'));
  });

  it('has named controls in English that move and leave', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en#/category/hotline');
    await user.click(await screen.findByRole('link', { name: 'Present' }));
    await waitFor(() => expect(hash()).toBe('#/present'));
    expect(await screen.findByRole('button', { name: 'Previous slide' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    await waitFor(() => expect(hash()).toBe('#/present/2'));
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    // Back where the presentation started, not on the overview.
    await waitFor(() => expect(hash()).toBe('#/category/hotline'));
  });

  it('leaves with Escape', async () => {
    const user = userEvent.setup();
    renderApp('#/present/4');
    await slide();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(hash()).toBe('#/'));
  });

  it('shows slides in the high-contrast theme unless a theme is chosen', async () => {
    renderApp('#/present');
    await slide();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('contrast'));
  });

  it('keeps a theme the link chooses', async () => {
    renderApp('?theme=dark#/present');
    await slide();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('gives every headline KPI a slide with its figure and its change on the previous year', async () => {
    renderApp('#/present/4');
    const kpi = await slide();
    expect(within(kpi).getByRole('heading', { level: 2 })).toHaveTextContent('热线诉求解决率');
    expect(kpi).toHaveTextContent('较2023年');
    expect(kpi).toHaveTextContent(/来源：/);
  });

  it('gives the speaker the sentence, the published words with their source, the earlier years and the caveats', async () => {
    renderApp('#/present/notes/3');
    const notes = await screen.findByRole('region', { name: '讲稿' });
    expect(notes).toHaveTextContent('2024年12345热线诉求量');
    expect(notes).toHaveTextContent(/原文：“[^”]+”。出处：/);
    expect(notes).toHaveTextContent(/此前各年：2020年[^；]+；2021年未公开；2022年/);
    expect(screen.getByRole('region', { name: '下一张预览' })).toHaveTextContent('热线诉求解决率');
  });

  it('opens the deck a link arranges, in that order', async () => {
    const user = userEvent.setup();
    renderApp('?slides=kpi-hotline_city_rank,title,no-such-slide#/present/1');
    const first = await slide();
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent('热线办理全市排名');
    expect(first).toHaveTextContent('第1张，共2张');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(hash()).toBe('#/present/2'));
    expect(await slide()).toHaveTextContent('示例区法治政府建设指标（测试数据）');
  });

  describe('messages from other windows of the origin (the speaker view’s channel)', () => {
    /** Another page of the same origin, posting on the deck’s channel. */
    function anotherWindow() {
      const channel = new BroadcastChannel('rule-of-law-dashboard-present');
      onTestFinished(() => channel.close());
      return channel;
    }
    const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

    it('follows a slide the deck has, and ignores one it does not or a message of another shape', async () => {
      renderApp('#/present/2');
      await slide();
      const other = anotherWindow();
      for (const message of [
        { type: 'slide', slide: 10000 },
        { type: 'slide', slide: 0 },
        { type: 'slide', slide: -1 },
        { type: 'slide', slide: 2.5 },
        { type: 'slide', slide: '3' },
        { type: 'slide', slide: 3, extra: 'x' },
        { type: 'slides', slide: 3 },
        [{ type: 'slide', slide: 3 }],
        null,
        'slide 3',
      ])
        other.postMessage(message);
      await settle();
      expect(hash()).toBe('#/present/2');
      expect(await slide()).toHaveTextContent('第2张');
      other.postMessage({ type: 'slide', slide: 3 });
      await waitFor(() => expect(hash()).toBe('#/present/3'));
    });

    it('takes no more than a few moves a second from a window flooding the channel', async () => {
      renderApp('#/present/2');
      await slide();
      const other = anotherWindow();
      let moves = 0;
      const count = () => void (moves += 1);
      window.addEventListener('hashchange', count);
      onTestFinished(() => window.removeEventListener('hashchange', count));
      for (let i = 0; i < 100; i += 1) other.postMessage({ type: 'slide', slide: 3 + (i % 2) });
      await settle();
      expect(moves).toBeGreaterThan(0);
      expect(moves).toBeLessThanOrEqual(8);
    });
  });
});
