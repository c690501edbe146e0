import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/dataset/parse.ts';
import { renderApp } from './render-app.tsx';

// Adding a year as the person who keeps the data does it: paste the report, confirm, correct or
// reject each proposal, answer where the wording changed, name a new metric, and download.
// The app serves tests/fixtures/basic.json (figures to 2024); the report is made up for 2025.
const REPORT = readFileSync('tests/fixtures/report-2025.zh.txt', 'utf8');

const saved = vi.hoisted(() => [] as { name: string; text: Promise<string> }[]);
vi.mock('../../src/ui/export/save-file.ts', () => ({
  saveFile: (blob: Blob, name: string) => saved.push({ name, text: blob.text() }),
}));
afterEach(() => {
  saved.length = 0;
});

const patiently = { timeout: 5000 };

async function pasteReport(text = REPORT) {
  renderApp('#/update');
  const box = await screen.findByRole('textbox', { name: '报告全文' }, patiently);
  fireEvent.change(box, { target: { value: text } });
  expect(screen.getByRole('spinbutton', { name: '报告年份' })).toHaveValue(2025);
  fireEvent.change(screen.getByRole('textbox', { name: '来源标题' }), {
    target: { value: '示例区2025年法治政府建设年度情况报告' },
  });
}

const proposal = (n: number) =>
  screen.getByRole('listitem', { name: new RegExp(`^第 ${n} 个数字`) });

describe('Add a report', () => {
  it('is linked from every full page’s footer, by the name the contract gives it', async () => {
    renderApp('#/');
    expect(await screen.findByRole('link', { name: '添加年度报告' })).toHaveAttribute(
      'href',
      '#/update',
    );
  });

  it('proposes each figure, takes the editor’s decisions, and downloads a file that passes the app’s checks', async () => {
    const user = userEvent.setup();
    await pasteReport();
    await user.click(screen.getByRole('button', { name: '查找数字' }));
    expect(
      await screen.findByRole('heading', {
        name: '找到 9 个数字：8 个建议延续已有指标，1 个可能是新指标。',
      }),
    ).toBeVisible();

    // 1. 办理 where earlier years said 受理: the page asks, and will not accept until answered.
    const first = proposal(1);
    expect(within(first).getByText('16万余件', { selector: 'mark' })).toBeVisible();
    expect(first).toHaveTextContent('措辞与上次不同：“受理”→“办理”');
    expect(first).toHaveTextContent('全年受理12345热线诉求15万件');
    expect(within(first).getByRole('button', { name: '接受' })).toBeDisabled();
    await user.click(within(first).getByRole('radio', { name: '口径变化，不与上年比较' }));
    await user.click(within(first).getByRole('button', { name: '接受' }));
    expect(first).toHaveTextContent('已接受');

    // 5. A correction: the editor's value wins over the proposal's.
    const fifth = proposal(5);
    const value = within(fifth).getByRole('spinbutton', { name: '数值' });
    await user.clear(value);
    await user.type(value, '24501');
    // 6. A rejection: nothing of it enters the file.
    await user.click(within(proposal(6)).getByRole('button', { name: '拒绝' }));
    // 9. A new metric, named by the editor.
    const ninth = proposal(9);
    expect(within(ninth).getByRole('combobox', { name: '延续的指标' })).toHaveValue('');
    await user.clear(within(ninth).getByRole('textbox', { name: '新指标编号' }));
    await user.type(within(ninth).getByRole('textbox', { name: '新指标编号' }), 'legal_stations');
    await user.type(within(ninth).getByRole('textbox', { name: '新指标名称' }), '社区法律服务站');
    await user.selectOptions(
      within(ninth).getByRole('combobox', { name: '类别' }),
      'legal_services',
    );
    await user.click(screen.getByRole('button', { name: '全部接受' }));
    expect(proposal(6)).toHaveTextContent('已拒绝');

    const changes = screen.getByRole('region', { name: '校验与变更' });
    expect(changes).toHaveTextContent('新增：12345热线诉求量 2025年 16万余');
    expect(changes).toHaveTextContent('口径变化：12345热线诉求量 2025年起不与此前比较');
    expect(changes).toHaveTextContent('新指标：legal_stations');
    expect(changes).toHaveTextContent('新的数据文件通过了看板自身的全部校验。');
    expect(changes).not.toHaveTextContent('逾期答复');

    await user.click(within(changes).getByRole('button', { name: '下载数据集' }));
    await user.click(within(changes).getByRole('button', { name: '下载报告原文（.txt）' }));
    expect(saved.map((s) => s.name)).toEqual([
      'dongcheng.json',
      'sample-2025-rule-of-law-report.zh.txt',
    ]);
    const [file, text] = await Promise.all(saved.map((s) => s.text));
    expect(text).toBe(REPORT);
    const dataset = parseDataset(file ?? '', 'new.json');
    const added = dataset.metrics.flatMap((m) => m.observations.filter((o) => o.year === 2025));
    expect(added).toHaveLength(8);
    // Every quote is the report's own words, as the source check wants them.
    for (const o of added) {
      expect(REPORT).toContain(o.quote);
      for (const c of o.statedChanges) expect(REPORT).toContain(c.quote);
    }
    const requests = dataset.metricById.get('hotline_requests')?.observations.at(-1);
    expect(requests).toMatchObject({
      value: 160000,
      qualifier: 'atLeast',
      comparableWithPrevious: false,
    });
    expect(requests?.statedChanges).toMatchObject([{ value: 6.7, measure: 'percent' }]);
    expect(dataset.metricById.get('info_proactive_items')?.observations.at(-1)?.value).toBe(24501);
    expect(dataset.metricById.get('info_requests_overdue')?.observations.at(-1)?.year).toBe(2024);
    expect(dataset.metricById.get('legal_stations')?.observations).toMatchObject([
      { year: 2025, value: 18, quote: '新建社区法律服务站18个' },
    ]);
    // Its unit is the report's own word unless the editor changes it.
    expect(dataset.metricById.get('legal_stations')?.unit.zh).toBe('个');
    expect(dataset.sources.at(-1)?.title.zh).toBe('示例区2025年法治政府建设年度情况报告');
  });

  it('says what is missing rather than finding nothing', async () => {
    const user = userEvent.setup();
    renderApp('#/update');
    await user.click(await screen.findByRole('button', { name: '查找数字' }, patiently));
    expect(screen.getByRole('status')).toHaveTextContent('请先粘贴报告全文');
    await pasteReport('全年办理诉求16万件。');
    fireEvent.change(screen.getByRole('textbox', { name: '来源标题' }), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: '查找数字' }));
    expect(
      screen.getAllByRole('status').some((s) => /请填写来源标题/.test(s.textContent ?? '')),
    ).toBe(true);
  });

  it('shows markup and direction marks in a pasted report as text, and refuses a text no report is', async () => {
    const user = userEvent.setup();
    const hostile =
      '<img src=x onerror="alert(1)">全年办理\u202E诉求16万件。<script>alert(2)</script>';
    await pasteReport(hostile);
    await user.click(screen.getByRole('button', { name: '查找数字' }));
    const first = await screen.findByRole('listitem', { name: /^第 1 个数字/ });
    expect(first).toHaveTextContent('<img src=x onerror="alert(1)">');
    expect(within(first).queryByRole('img')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: '报告全文' }), {
      target: { value: '诉求1件。'.repeat(500_000) },
    });
    await user.click(screen.getByRole('button', { name: '查找数字' }));
    expect(
      screen
        .getAllByRole('status')
        .some((s) => /超过 2000000 个字符的上限/.test(s.textContent ?? '')),
    ).toBe(true);
  });

  it('is in English with ?lang=en, its controls named as the contract names them', async () => {
    renderApp('?lang=en#/update');
    for (const name of ['Report text', 'Source title'])
      expect(await screen.findByRole('textbox', { name }, patiently)).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'Report year' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Find figures' })).toBeVisible();
  });
});
