import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { parseDataset } from '../../src/dataset/parse.ts';
import { ArrangePanel } from '../../src/features/present/arrange-panel.tsx';
import { buildDeck } from '../../src/features/present/deck.ts';
import { usePresentSettings } from '../../src/features/present/present-settings.ts';
import { useSettings } from '../../src/settings/settings-store.ts';
import { basic, fileText } from '../fixtures/index.ts';

// tests/fixtures/basic.json: six headline KPIs, three categories, three findings; focus year 2024.
const dataset = parseDataset(fileText(basic), 'basic.json');
const year = 2024;
const briefing = buildDeck(dataset, year, dataset.years).map((s) => s.id);
const full = buildDeck(dataset, year, dataset.years, 'full').map((s) => s.id);
const arranged = () => usePresentSettings.getState().slides;

function renderPanel(missing: readonly string[] = []) {
  const onClose = vi.fn();
  render(
    <ArrangePanel
      open
      onClose={onClose}
      dataset={dataset}
      year={year}
      years={dataset.years}
      missing={missing}
      actions={<button type="button">下载 PDF</button>}
    />,
  );
  return { onClose, list: screen.getByRole('list', { name: '全部幻灯片' }) };
}

const included = () =>
  screen.getAllByRole('checkbox', { checked: true }).map((box) => box.getAttribute('aria-label'));

describe('arranging the slides', () => {
  it('opens with the briefing’s slides ticked, in its order, before the rest of the full deck', () => {
    const { list } = renderPanel();
    expect(screen.getByRole('dialog', { name: '编排幻灯片' })).toBeInTheDocument();
    expect(included()).toHaveLength(briefing.length);
    expect(included().slice(0, 3)).toEqual([
      '放映：示例区法治政府建设指标（测试数据）',
      '放映：6项核心指标 · 2024年',
      '放映：12345热线诉求量',
    ]);
    expect(within(list).getAllByRole('listitem')).toHaveLength(full.length);
    expect(screen.getByRole('checkbox', { name: /^放映：政务公开/ })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      `演示共选用 ${briefing.length} 张，可选 ${full.length} 张`,
    );
    expect(screen.getByRole('button', { name: '下载 PDF' })).toBeInTheDocument();
  });

  it('takes a slide left out out of the link, and adds one ticked at the end of the deck', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('checkbox', { name: '放映：热线诉求解决率' }));
    expect(arranged()).toEqual(briefing.filter((id) => id !== 'kpi-hotline_resolution_rate'));
    expect(screen.getByRole('checkbox', { name: '放映：热线诉求解决率' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^放映：政务公开/ }));
    expect(arranged()?.at(-1)).toBe('charts-info_requests_overdue');
    expect(included().at(-1)).toMatch(/^放映：政务公开/);
  });

  it('moves a slide down with its button or Alt+ArrowDown, keeping the focus on it', async () => {
    const user = userEvent.setup();
    renderPanel();
    const down = screen.getByRole('button', { name: '下移：12345热线诉求量' });
    await user.click(down);
    expect(arranged()?.slice(2, 4)).toEqual([
      'kpi-hotline_resolution_rate',
      'kpi-hotline_requests',
    ]);
    expect(down).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('“12345热线诉求量”现在是第4张。');

    const box = screen.getByRole('checkbox', { name: '放映：12345热线诉求量' });
    box.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(arranged()?.indexOf('kpi-hotline_requests')).toBe(4);
    expect(box).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{ArrowUp}{/Alt}');
    expect(arranged()?.slice(1, 3)).toEqual(['kpi-hotline_requests', 'scoreboard']);
    expect(box).toHaveFocus();
  });

  it('moves the first slide up no further, and the focus to its Move down button', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: '上移：6项核心指标 · 2024年' }));
    expect(arranged()?.slice(0, 2)).toEqual(['scoreboard', 'title']);
    expect(screen.getByRole('button', { name: '上移：6项核心指标 · 2024年' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下移：6项核心指标 · 2024年' })).toHaveFocus();
  });

  it('moves a row dragged onto another into its place', () => {
    const { list } = renderPanel();
    const rows = within(list).getAllByRole('listitem');
    const dataTransfer = { setData: vi.fn(), getData: vi.fn(), effectAllowed: '', dropEffect: '' };
    const [, scoreboard, requests] = rows;
    if (!scoreboard || !requests) throw new Error('the briefing has too few slides');
    fireEvent.dragStart(requests, { dataTransfer });
    fireEvent.dragOver(scoreboard, { dataTransfer });
    fireEvent.drop(scoreboard, { dataTransfer });
    expect(arranged()?.slice(0, 3)).toEqual(['title', 'kpi-hotline_requests', 'scoreboard']);
  });

  it('starts again from the briefing or the full deck', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: '完整版' }));
    expect(usePresentSettings.getState()).toMatchObject({ slides: null, deck: 'full' });
    expect(included()).toHaveLength(full.length);
    expect(screen.getByRole('button', { name: '完整版' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('checkbox', { name: '放映：热线诉求满意率' }));
    await user.click(screen.getByRole('button', { name: '简报' }));
    expect(usePresentSettings.getState()).toMatchObject({ slides: null, deck: 'briefing' });
    expect(included()).toHaveLength(briefing.length);
  });

  it('says, politely, which slides of the link are no longer in the data', () => {
    renderPanel(['kpi-x', 'charts-y']);
    expect(screen.getByRole('note')).toHaveTextContent(
      '链接中有 2 张幻灯片在当前数据中已不存在，已略过：kpi-x、charts-y。',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('never leaves the deck empty: the last slide cannot be left out, and says why', () => {
    usePresentSettings.getState().arrange(['kpi-hotline_city_rank']);
    renderPanel();
    const last = screen.getByRole('checkbox', { name: '放映：热线办理全市排名' });
    expect(last).toBeChecked();
    expect(last).toBeDisabled();
    expect(last).toHaveAccessibleDescription('演示至少要有一张幻灯片，这一张不能取消。');
    expect(screen.getByRole('button', { name: '上移：热线办理全市排名' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下移：热线办理全市排名' })).toBeDisabled();
  });

  it('draws a slide’s thumbnail only once its row comes near view', () => {
    const observed: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    class FakeIntersectionObserver {
      readonly targets: Element[] = [];
      constructor(callback: IntersectionObserverCallback) {
        observed.push({ callback, targets: this.targets });
      }
      observe(target: Element) {
        this.targets.push(target);
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    onTestFinished(() => void vi.unstubAllGlobals());
    renderPanel();
    const thumbnails = () => screen.queryAllByRole('article', { hidden: true });
    expect(thumbnails()).toHaveLength(0);
    const [first] = observed;
    if (!first) throw new Error('no thumbnail is observed');
    act(() =>
      first.callback(
        first.targets.map(
          (target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry,
        ),
        {} as IntersectionObserver,
      ),
    );
    expect(thumbnails()).toHaveLength(1);
    expect(thumbnails()[0]).toHaveTextContent('示例区法治政府建设指标（测试数据）');
  });

  it('closes with its Close button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderPanel();
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('has named controls in English', async () => {
    const user = userEvent.setup();
    useSettings.setState({ lang: 'en' });
    usePresentSettings.getState().arrange(['title', 'kpi-x', 'charts-y']);
    render(
      <ArrangePanel
        open
        onClose={() => {}}
        dataset={dataset}
        year={year}
        years={dataset.years}
        missing={['kpi-x', 'charts-y']}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Arrange slides' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      '2 slides in this link are not in the current data and were left out: kpi-x, charts-y.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${full.length} slides in the deck`);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Start from' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Briefing' }));
    expect(
      screen.getByRole('checkbox', { name: 'Include: Hotline resolution rate' }),
    ).toBeChecked();
    expect(
      screen.getByRole('button', { name: 'Move up: Hotline resolution rate' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Move down: Hotline resolution rate' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Full deck' })).toBeInTheDocument();
  });
});
