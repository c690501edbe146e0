import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The fixture (tests/fixtures/basic.json): with 2023 = 100, 12345热线诉求量, 热线诉求满意率,
// 热线诉求解决率 and 主动公开政府信息 (counted anew from 2023) have two figures or more; 普法宣传活动
// and 法律援助服务机构 have one each; 热线办理全市排名 is a rank.
const drawn = ['12345热线诉求量 ≈', '热线诉求满意率', '热线诉求解决率', '主动公开政府信息'];
const link =
  '?metrics=hotline_requests,hotline_satisfaction_rate,hotline_resolution_rate,info_proactive_items,pufa_events,legal_aid_providers,hotline_city_rank&reading=index#/trends';
const undrawn = ['普法宣传活动', '法律援助服务机构', '热线办理全市排名'];

/** The index chart, once drawn: the drawing arrives with the chart code. */
async function indexFigure() {
  const figure = await screen.findByRole('figure', { name: '指数对比（2023年=100）' });
  await within(figure).findByText('2024', { selector: 'text, tspan' });
  return figure;
}

/** Every text of the drawing that is exactly a series' name. */
function namesIn(figure: HTMLElement, names: readonly string[]) {
  return names.filter((name) => within(figure).queryAllByText(name).length > 0);
}

describe('the index chart', () => {
  it('names each drawn line at its end, and only the drawn lines', async () => {
    renderApp(link);
    const figure = await indexFigure();
    const labelled = drawn.filter(
      (name) => within(figure).queryByText(name, { selector: 'tspan' }) !== null,
    );
    expect(labelled).toEqual(drawn);
    expect(namesIn(figure, undrawn)).toEqual([]);
  });

  it('says under the chart which metrics have no line, and why', async () => {
    renderApp(link);
    const figure = await indexFigure();
    expect(
      within(figure).getByText(
        '普法宣传活动、法律援助服务机构在所选年份只有一个数据，连不成线，未画出。',
      ),
    ).toBeInTheDocument();
    expect(
      within(figure).getByText('名次不计算指数，未列入：热线办理全市排名。'),
    ).toBeInTheDocument();
  });

  it('says so in English too', async () => {
    renderApp(`${link.replace('?', '?lang=en&')}`);
    const figure = await screen.findByRole('figure', { name: 'Index (2023 = 100)' });
    expect(
      within(figure).getByText(
        'Not drawn, only one figure in the years shown: Legal-education events, Legal-aid providers.',
      ),
    ).toBeInTheDocument();
  });
});

describe('the index chart where there is no room for line labels', () => {
  const wide = globalThis.ResizeObserver;
  beforeEach(() => {
    // A phone's width: the labels would take the plot's room.
    globalThis.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        const entry = { target, contentRect: { width: 360, height: 300 } };
        this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve() {}
      disconnect() {}
    };
  });
  afterEach(() => {
    globalThis.ResizeObserver = wide;
  });

  it('lists exactly the drawn lines in its legend', async () => {
    renderApp(link);
    const figure = await indexFigure();
    expect(within(figure).queryAllByText(drawn[0] ?? '', { selector: 'tspan' })).toEqual([]);
    const legend = within(figure).getByRole('list', { name: '图例' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(drawn);
  });
});
