import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/server.ts';
import {
  datasetInvalid,
  datasetMissing,
  datasetNetworkError,
  datasetNewerVersion,
  datasetReturnsHtml,
  datasetServerError,
  datasetTruncated,
  serveDataset,
} from '../../mocks/scenarios.ts';
import { basic } from '../fixtures/index.ts';
import { renderApp } from './render-app.tsx';

const alert = () => screen.findByRole('alert');

describe('when the data cannot be loaded', () => {
  it('explains that a web page came back instead of JSON', async () => {
    server.use(datasetReturnsHtml());
    renderApp();
    expect(await alert()).toHaveTextContent('收到的是一个网页（HTML），而不是 JSON 数据文件');
  });

  it('says the file was not found, naming it', async () => {
    server.use(datasetMissing());
    renderApp('?lang=en&data=data/missing.json');
    expect(await alert()).toHaveTextContent(
      'The data file (address below) was not found on the server (404)',
    );
    expect(screen.getByText('data/missing.json', { selector: 'code' })).toBeVisible();
  });

  it('says the server is unreachable when the network fails', async () => {
    server.use(datasetNetworkError());
    renderApp();
    expect(await alert()).toHaveTextContent('无法连接到数据地址');
  });

  it('points at the line of a file that is cut short', async () => {
    server.use(datasetTruncated(basic));
    renderApp();
    expect(await alert()).toHaveTextContent(/文件不是有效的 JSON：第 1 行第 \d+ 列附近/);
  });

  it('lists every rule a bad file breaks, by its place in the file', async () => {
    server.use(datasetInvalid(basic));
    renderApp('?lang=en');
    const panel = await alert();
    expect(within(panel).getByText('observations[0].year')).toBeInTheDocument();
    expect(panel).toHaveTextContent('the year must be between 1949 and 2100');
  });

  it('refuses a newer format version with a clear message', async () => {
    server.use(datasetNewerVersion(basic));
    renderApp();
    expect(await alert()).toHaveTextContent('这是第 2 版格式的数据，本看板只能读取第 1 版');
  });

  it('loads the data on Retry once the server recovers', async () => {
    const user = userEvent.setup();
    server.use(datasetServerError());
    renderApp();
    expect(await alert()).toHaveTextContent('HTTP 500');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens a JSON file from this computer instead', async () => {
    const user = userEvent.setup();
    server.use(datasetMissing());
    renderApp('?lang=en');
    await alert();
    const file = new File(
      [JSON.stringify({ ...basic, title: { zh: '本机数据', en: 'Local data' } })],
      'mine.json',
      {
        type: 'application/json',
      },
    );
    await user.upload(screen.getByLabelText('Open a JSON file from this computer'), file);
    // The banner names the file and the title it gives itself, as the page shows its figures.
    const note = await screen.findByRole('note', { name: 'Data source' });
    expect(note).toHaveTextContent('from the file mine.json on this computer');
    expect(note).toHaveTextContent('(dataset title: “Local data”)');
    expect(screen.getAllByText('Local data', { exact: false }).length).toBeGreaterThan(1);
  });

  it('shows what is wrong with a local file too, keeping the way to try another', async () => {
    const user = userEvent.setup();
    server.use(datasetMissing());
    renderApp('?lang=en');
    await alert();
    await user.upload(
      screen.getByLabelText('Open a JSON file from this computer'),
      new File(['{"format": "rule-of-law-dataset",'], 'broken.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/The data file \(address below\) has these problems/),
    ).toBeInTheDocument();
    expect(screen.getByText('broken.json', { selector: 'code' })).toBeVisible();
    expect(screen.getByLabelText('Open a JSON file from this computer')).toBeInTheDocument();
  });

  it('shows the address a link gave once, cut short, without control or bidi characters, as code outside the alert', async () => {
    server.use(datasetMissing());
    // An address posing as a message: a right-to-left override, a bell, and 7,000 characters.
    const address = `data/\u202Enosj.\u0007${'请致电 010-0000 核实 '.repeat(500)}.json`;
    renderApp(`?lang=en&data=${encodeURIComponent(address)}`);
    const panel = await alert();
    expect(panel).toHaveTextContent('The data file (address below) was not found');
    expect(panel.textContent).not.toContain('010-0000');
    const shown = screen.getAllByText(
      (_, element) =>
        element?.textContent?.includes('010-0000') === true && element.children.length === 0,
    );
    expect(shown).toHaveLength(1);
    const code = shown[0] as HTMLElement;
    expect(code.tagName).toBe('CODE');
    expect(code.textContent).toMatch(/^data\/nosj\. 请致电 010-0000 核实 .*…$/);
    expect([...(code.textContent ?? '')]).toHaveLength(120);
    expect(code.textContent).not.toContain('\u0007');
    expect(code.textContent).not.toContain('\u202E');
  });

  it('never renders text from the file as HTML', async () => {
    const [first, ...rest] = basic.categories;
    const evil = '<img src=x onerror=alert(1)>';
    server.use(serveDataset({ ...basic, categories: [{ ...first, name: evil }, ...rest] }));
    renderApp();
    // The markup reaches the reader verbatim, as the name of the category's link and heading…
    expect(await screen.findByRole('link', { name: evil })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: evil, level: 2 })).toBeInTheDocument();
    // …and never as an element: an <img> is an image with no name, or presentation with alt="",
    // hidden or not. (The charts' drawings are images too, each named by its chart's title.)
    expect(screen.queryByRole('img', { hidden: true, name: '' })).not.toBeInTheDocument();
    expect(screen.queryByRole('presentation', { hidden: true })).not.toBeInTheDocument();
  });
});

describe('when the data has harmless oddities', () => {
  it('loads a file with unknown fields and lists them quietly', async () => {
    server.use(serveDataset({ ...basic, colour: 'red' }));
    renderApp();
    expect(await screen.findByRole('heading', { name: '核心指标 · 2024年' })).toBeInTheDocument();
    expect(screen.getByText('数据文件有 1 条提示（不影响显示）')).toBeInTheDocument();
    expect(screen.getByText(/未知字段 "colour"/)).toBeInTheDocument();
  });
});
