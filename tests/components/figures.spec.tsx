import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// Each case is a metric of tests/fixtures/basic.json written for it; the app serves that file.

/** Text a chart draws, waited for: the chart code loads lazily, slowly on a busy machine. */
const drawn = { selector: 'text, tspan' };
const patiently = { timeout: 5000 };

/** One year's row of a metric page's table of all years: year, value, change, source. */
async function yearRow(metricName: string, year: number) {
  const table = await screen.findByRole('table', { name: metricName });
  return within(table).getByRole('row', { name: new RegExp(`^${year} `) });
}

async function yearValues(metricName: string) {
  const table = await screen.findByRole('table', { name: metricName });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
}

describe('how figures are read', () => {
  it('says "未公开" for every year nobody published, never zero, and compares across the gap', async () => {
    renderApp('#/metric/policy_consultations');
    expect(await yearValues('政策文件公开征求意见')).toEqual([
      '未公开',
      '未公开',
      '12件',
      '未公开',
      '15件',
    ]);
    expect(await yearRow('政策文件公开征求意见', 2024)).toHaveTextContent('+25%（+3件） 较2022年');
    expect(await yearRow('政策文件公开征求意见', 2023)).not.toHaveTextContent(/[0-9]件/);
  });

  it('keeps "约" on approximate figures and gives only the direction of their change', async () => {
    renderApp('#/metric/legal_aid_cases');
    expect(await yearValues('法律援助案件')).toEqual([
      '未公开',
      '未公开',
      '未公开',
      '约1800件',
      '约2100件',
    ]);
    const row = await yearRow('法律援助案件', 2024);
    expect(row).toHaveTextContent('有所增长 较2023年');
    expect(row).toHaveTextContent('约数，只示方向');
    expect(row).not.toHaveTextContent('%');
    expect(screen.getAllByText(/原文为“约”，是约数/)).toHaveLength(2);
  });

  it('gives a rank as a place, and its change in places', async () => {
    renderApp('#/metric/hotline_city_rank');
    expect(await yearValues('热线办理全市排名')).toEqual([
      '未公开',
      '未公开',
      '第5名',
      '第3名',
      '第2名',
    ]);
    expect(await yearRow('热线办理全市排名', 2023)).toHaveTextContent('上升2位 较2022年');
    expect(await yearRow('热线办理全市排名', 2024)).toHaveTextContent('上升1位 较2023年');
  });

  it('gives a rank out of 16 as its place, on an axis from 1st down to 16th', async () => {
    renderApp('#/metric/hotline_city_rank');
    expect(await yearRow('热线办理全市排名', 2024)).toHaveTextContent('第2名');
    const chart = screen.getByRole('figure', { name: '热线办理全市排名' });
    expect(await within(chart).findByText('第2名', drawn, patiently)).toBeVisible();
    expect(within(chart).getByText('16', { selector: 'text, tspan' })).toBeVisible();
  });

  it('compares nothing across a change of definition, and says why', async () => {
    renderApp('#/metric/info_proactive_items');
    const row = await yearRow('主动公开政府信息', 2023);
    expect(row).toHaveTextContent('25600条');
    expect(row).toHaveTextContent('口径变化，不作比较');
    expect(row).not.toHaveTextContent('%');
    expect(row).not.toHaveTextContent('较2020年');
    expect(await yearRow('主动公开政府信息', 2024)).toHaveTextContent('−6.8%（−1730条） 较2023年');
    expect(screen.getByText(/2021年起统计范围调整/)).toBeInTheDocument();
    const chart = screen.getByRole('figure', { name: '主动公开政府信息' });
    expect(await within(chart).findByText('口径变化', drawn, patiently)).toBeVisible();
  });

  it('says a definition changed in English too', async () => {
    renderApp('?lang=en#/metric/info_proactive_items');
    const row = await yearRow('Government information published proactively', 2023);
    expect(row).toHaveTextContent('definition changed: not compared');
    expect(row).not.toHaveTextContent('%');
  });

  it('gives no growth rate from a zero base, only the change in units', async () => {
    renderApp('#/metric/info_requests_overdue');
    expect(await yearRow('逾期答复的信息公开申请', 2023)).toHaveTextContent('0件');
    const row = await yearRow('逾期答复的信息公开申请', 2024);
    expect(row).toHaveTextContent('+3件（上年为零，不计算增幅） 较2023年');
    expect(row).not.toHaveTextContent('%');
  });

  it('says so in English too', async () => {
    renderApp('?lang=en#/metric/info_requests_overdue');
    expect(await yearRow('Information requests answered late', 2024)).toHaveTextContent(
      '+3 requests (previous value was zero; no growth rate) vs 2023',
    );
  });

  it('shows the source’s stated change beside the published figures’ reading, and says in neutral words how they differ', async () => {
    renderApp('#/metric/hotline_resolution_rate');
    const row = await yearRow('热线诉求解决率', 2024);
    expect(row).toHaveTextContent('+2.7个百分点 较2023年');
    expect(row).toHaveTextContent('来源表述：+2.5个百分点');
    expect(screen.getByText('诉求解决率96.2%，同比提升2.5个百分点')).toBeInTheDocument();
    expect(
      screen.getByText(
        '来源称“同比提升2.5个百分点”；按2023年、2024年公布的数字（93.5%、96.2%）计算为+2.7个百分点。两者的统计口径、基数或时段可能不同。',
      ),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/不符|对不上/);
  });

  it('gives a change the source states against an unpublished year as the source’s words', async () => {
    renderApp('#/metric/legal_aid_providers');
    const row = await yearRow('法律援助服务机构', 2023);
    expect(row).toHaveTextContent('42家');
    expect(row).toHaveTextContent('来源表述：+6家');
  });

  it('shows only the published figures’ reading where the source’s stated change agrees', async () => {
    renderApp('#/metric/hotline_satisfaction_rate');
    const row = await yearRow('热线诉求满意率', 2024);
    expect(row).toHaveTextContent('+1.2个百分点 较2023年');
    expect(row).not.toHaveTextContent('来源表述');
  });
});
