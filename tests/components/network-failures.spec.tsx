import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  datasetChanges,
  datasetCutMidString,
  datasetFailsOnce,
  datasetLoginPage,
  datasetMissing,
  datasetNetworkError,
  datasetServerError,
  datasetStalls,
} from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import { STILL_LOADING_AFTER_MS } from '../../src/app/loading-status.tsx';
import { basic } from '../fixtures/index.ts';
import { renderApp } from './render-app.tsx';

const kpis = () => screen.findByRole('heading', { name: '核心指标 · 2024年' });

/** The fixture with its 2024 hotline figure raised from 15万 to 16万件: the file, edited. */
const edited = {
  ...basic,
  observations: basic.observations.map((o) =>
    o.metric === 'hotline_requests' && o.year === 2024 ? { ...o, value: 160000 } : o,
  ),
};

/** The reader's two ways forward on every failure: try again, or open a file of their own. */
/** The ways on, below the alert (which says only what went wrong). */
function expectWaysForward() {
  expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
  expect(screen.getByLabelText('打开本机 JSON 文件')).toBeInTheDocument();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('when the network or the server misbehaves', () => {
  it.each([
    ['the file is missing (404)', datasetMissing, '服务器上没有找到数据文件'],
    ['the server fails (500)', datasetServerError, 'HTTP 500'],
    ['a login page comes back with 200', datasetLoginPage, '收到的是一个网页（HTML）'],
    ['the body stops inside a string', () => datasetCutMidString(basic), '文件不是有效的 JSON'],
    ['the network is down', datasetNetworkError, '无法连接到数据地址'],
  ])('says what happened when %s, with a retry and a local file', async (_, fault, words) => {
    server.use(fault());
    renderApp();
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent(words);
    expectWaysForward();
  });

  it('loads the data on Retry when the server recovers from a 500', async () => {
    const user = userEvent.setup();
    server.use(datasetFailsOnce());
    renderApp();
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await kpis()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows loading at once, says why after a few seconds, and stops waiting on Cancel', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    server.use(datasetStalls());
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据…');
    expect(screen.queryByRole('button', { name: '取消加载' })).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(STILL_LOADING_AFTER_MS));
    expect(screen.getByRole('status')).toHaveTextContent('仍在加载：服务器响应较慢');
    await user.click(screen.getByRole('button', { name: '取消加载' }));

    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('你取消了加载数据文件（地址见下方）');
    expect(screen.getByText('data/dongcheng.json', { selector: 'code' })).toBeVisible();
    expectWaysForward();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await kpis()).toBeInTheDocument();
  });

  it('shows the new figures, and only them, when the file changed between two loads', async () => {
    // A card's figure as a reader sees it, its number and unit together.
    const figure = (text: string) => (_: string, element: Element | null) =>
      element?.classList.contains('kpi-value') === true && element.textContent === text;
    server.use(datasetChanges(basic, edited));
    const { queryClient } = renderApp();
    expect(await screen.findByText(figure('15万件'))).toBeInTheDocument();

    await act(() => queryClient.invalidateQueries());
    expect(await screen.findByText(figure('16万件'))).toBeInTheDocument();
    expect(screen.queryByText(figure('15万件'))).not.toBeInTheDocument();
  });

  it('keeps what is on screen when a later reload fails, and says so', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderApp();
    expect(await kpis()).toBeInTheDocument();

    server.use(datasetServerError());
    await act(() => queryClient.invalidateQueries());
    expect(await screen.findByText(/无法重新加载数据/)).toHaveTextContent('HTTP 500');
    expect(screen.getByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: '重试' }));
    await vi.waitFor(() => expect(screen.queryByText(/无法重新加载数据/)).not.toBeInTheDocument());
  });
});
