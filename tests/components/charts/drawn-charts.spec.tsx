import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../src/dataset/model.ts';
import { changeSpec } from '../../../src/model/chart-spec/change-spec.ts';
import type { ChartSpec } from '../../../src/model/chart-spec/chart-spec.ts';
import { trendSpec } from '../../../src/model/chart-spec/trend-spec.ts';
import { factSpec } from '../../../src/model/chart-spec/fact-spec.ts';
import { Chart } from '../../../src/ui/chart/chart.tsx';
import { chartTokens, ChartThemeContext, type ChartTheme } from '../../../src/ui/chart/tokens.ts';
import { Sparkline } from '../../../src/ui/sparkline.tsx';
import { drawnPlot, undrawnCharts } from '../../../src/ui/chart/drawn.ts';
import { makeDataset, makeMetric } from '../../unit/make-metric.ts';

const light = chartTokens.light;

async function draw(spec: ChartSpec, theme: ChartTheme = 'light') {
  render(
    <ChartThemeContext value={theme}>
      <Chart spec={spec} />
    </ChartThemeContext>,
  );
  const figure = screen.getByRole('figure', { name: new RegExp(spec.title) });
  // The drawing arrives with the chart code; wait for its first mark.
  await within(figure).findByText(spec.years.to.toString(), { selector: 'text, tspan' });
  return figure.querySelector('svg') as SVGSVGElement;
}

const trendOf = (metric: Metric, years: number[]) =>
  trendSpec(makeDataset([metric]), metric, years, 'zh');
const changeOf = (metric: Metric, years: number[]) =>
  changeSpec(makeDataset([metric]), metric, years, 'zh');

/** The paths of a series: drawn in its colour, not filled. */
const seriesPaths = (svg: SVGSVGElement, colour: string) =>
  [...svg.querySelectorAll('path')].filter(
    (p) => p.getAttribute('stroke') === colour && p.getAttribute('fill') === 'none',
  );
const segmentsOf = (path: Element) => (path.getAttribute('d')?.match(/M/g) ?? []).length;
const markers = (svg: SVGSVGElement, colour: string) =>
  [...svg.querySelectorAll('circle')].filter((c) => c.getAttribute('stroke') === colour);

/** The vertical extent of a bar, from its path. */
function extent(bar: Element) {
  const numbers = (bar.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const [, y = 0, , height = 0] = numbers; // M x,y h width v height …
  return { top: Math.min(y, y + height), bottom: Math.max(y, y + height) };
}
const tickY = (svg: SVGSVGElement, label: string) => {
  const tick = [...svg.querySelectorAll('text')].find((t) => t.textContent === label);
  return Number(tick?.getAttribute('y'));
};

describe('what the charts draw', () => {
  it('breaks a trend line at a year nobody published, with no point there', async () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 100],
      [2022, 120],
      [2023, 130],
    ]);
    const svg = await draw(trendOf(metric, [2020, 2021, 2022, 2023]));
    const [line, ...others] = seriesPaths(svg, light.neutral);
    expect(others).toEqual([]);
    expect(segmentsOf(line as Element)).toBe(2);
    expect(markers(svg, light.neutral)).toHaveLength(3);
  });

  it('breaks a trend line where the definition changed, even between consecutive years', async () => {
    const metric = makeMetric('count', 'higher', [
      [2021, 100],
      [2022, 120],
      [2023, 90],
    ]);
    const changed = metric.observations[2];
    if (changed) changed.comparableWithPrevious = false;
    const svg = await draw(trendOf(metric, [2021, 2022, 2023]));
    const runs = seriesPaths(svg, light.neutral).reduce((n, path) => n + segmentsOf(path), 0);
    expect(runs).toBe(2);
    expect(markers(svg, light.neutral)).toHaveLength(3);
  });

  it('marks a chart drawn once its plot has settled, and a text chart at once', async () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 120],
      [2023, 130],
    ]);
    const svg = await draw(trendOf(metric, [2022, 2023]));
    const body = svg.closest('[data-drawn]');
    await waitFor(() => expect(body).toHaveAttribute('data-drawn', 'true'));
    expect(drawnPlot(document)).toBe(svg);
    expect(undrawnCharts()).toEqual([]);
  });

  it('draws an approximate figure as an open marker and an exact one filled', async () => {
    const metric = makeMetric('count', 'neutral', [
      [2023, 340000, 'atLeast'],
      [2024, 335000],
    ]);
    const svg = await draw(trendOf(metric, [2023, 2024]));
    const fills = markers(svg, light.neutral).map((c) => c.getAttribute('fill'));
    expect(fills).toEqual([light.background, light.neutral]);
  });

  it('draws a rank that improves as a bar toward "better", in the good colour', async () => {
    const metric = makeMetric(
      'rank',
      'lower',
      [
        [2023, 6],
        [2024, 3],
      ],
      '名',
    );
    const svg = await draw(changeOf(metric, [2023, 2024]));
    const bar = [...svg.querySelectorAll('path')].find(
      (p) => p.getAttribute('fill') === light.good,
    );
    expect(bar).toBeDefined();
    const zero = tickY(svg, '0');
    const { top, bottom } = extent(bar as Element);
    expect(bottom).toBeCloseTo(zero, 0);
    expect(top).toBeLessThan(zero - 10);
  });

  it('colours a good and a bad change differently, from the theme’s token table', async () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 100],
      [2023, 120],
      [2024, 90],
    ]);
    for (const theme of ['light', 'dark'] as const) {
      const svg = await draw(changeOf(metric, [2022, 2023, 2024]), theme);
      const fills = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('fill'));
      const tokens = chartTokens[theme];
      expect(tokens.good).not.toBe(tokens.bad);
      expect(fills).toContain(tokens.good);
      expect(fills).toContain(tokens.bad);
      document.body.innerHTML = '';
    }
  });

  it('shows a single published figure as a fact tile with its words, not a one-bar chart', () => {
    const rank = makeMetric('rank', 'lower', [[2024, 1]], '名');
    const spec = factSpec(makeDataset([rank]), rank, [2022, 2023, 2024], 'zh') as ChartSpec;
    render(<Chart spec={spec} />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('svg')).toBeNull();
    expect(within(figure).getByText('第1名')).toBeInTheDocument();
    expect(within(figure).getByText('2024年')).toBeInTheDocument();
    expect(within(figure).getByText('2024年1')).toBeInTheDocument();
  });

  it('shows the data as a table on request, and says how to hide it', async () => {
    const user = userEvent.setup();
    const metric = makeMetric('count', 'higher', [
      [2021, 90],
      [2023, 120],
    ]);
    render(<Chart spec={trendOf(metric, [2021, 2022, 2023])} />);
    await user.click(screen.getByRole('button', { name: '显示数据表' }));
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['年份数值', '202190件', '2022未公开', '2023120件']);
    expect(screen.getByRole('button', { name: '隐藏数据表' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('the sparkline', () => {
  it('breaks at a year nobody published', () => {
    const { container } = render(
      <Sparkline
        years={[2020, 2021, 2022, 2023]}
        values={[1, null, 3, 4]}
        domain={[0, 4]}
        marked={2023}
        rangeLabel="2020–2023年"
      />,
    );
    expect(container.querySelectorAll('path')).toHaveLength(2);
    expect(container.querySelectorAll('circle')).toHaveLength(3);
  });

  /** The height at which each year's dot is drawn, from the top (smaller is higher). */
  const dotHeights = (container: HTMLElement) =>
    [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));

  it('draws a rank with 1st at the top: a rise from 6th to 1st goes up', () => {
    const { container } = render(
      <Sparkline
        years={[2023, 2024]}
        values={[6, 1]}
        domain={[1, 16]}
        reversed
        marked={2024}
        rangeLabel="2023–2024年"
      />,
    );
    const [sixth = 0, first = 0] = dotHeights(container);
    expect(first).toBeLessThan(sixth);
  });

  it('draws a larger count higher', () => {
    const { container } = render(
      <Sparkline
        years={[2023, 2024]}
        values={[6, 1]}
        domain={[0, 16]}
        marked={2024}
        rangeLabel=""
      />,
    );
    const [six = 0, one = 0] = dotHeights(container);
    expect(six).toBeLessThan(one);
  });
});
