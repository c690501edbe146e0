import { describe, expect, it } from 'vitest';
import { changeSpec } from '../../../../src/model/chart-spec/change-spec.ts';
import { factSpec } from '../../../../src/model/chart-spec/fact-spec.ts';
import { trendSpec } from '../../../../src/model/chart-spec/trend-spec.ts';
import { composeFigure, type FigureContent } from '../../../../src/model/export/figure-svg.ts';
import { estimateWidth } from '../../../../src/model/export/svg-text.ts';
import { chartTokens } from '../../../../src/ui/chart/tokens.ts';
import { serialiseDrawing } from '../../../../src/ui/export/clean-svg.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';

const metric = makeMetric('count', 'higher', [
  [2021, 120],
  [2022, 150],
  [2023, 180, 'approx'],
]);
const dataset = makeDataset([metric]);
const years = [2021, 2022, 2023];

/** A drawing as a chart library might leave it, with everything an export must not carry. */
function dirtyDrawing(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="300" height="100" tabindex="0">
    <style>.bar { fill: var(--bar) }</style>
    <script>alert(1)</script>
    <defs><clipPath id="clip"><rect width="300" height="100"/></clipPath></defs>
    <g onclick="steal()" clip-path="url(#clip)">
      <rect class="bar" fill="var(--bar)" style="fill: currentColor; outline: none; stroke: #123456" width="10" height="20"/>
      <image href="https://tracker.example/pixel.png" width="1" height="1"/>
      <use href="#clip"/>
      <path d="M0 0L10 10" fill="url(https://elsewhere.example/g.svg#grad)" stroke="#0072b2"/>
      <a href="javascript:alert(1)"><circle r="2" fill="#0072b2"/></a>
      <foreignObject width="10" height="10"><div>html</div></foreignObject>
      <text x="1" y="2" fill="#1b1f24">a &lt; b &amp; “引号”</text>
    </g>
  </svg>`;
  document.body.append(host);
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function compose(content: FigureContent, layout: 'figure' | 'slide' = 'figure') {
  return composeFigure(content, layout, chartTokens.dark, estimateWidth);
}

describe('serialiseDrawing', () => {
  const plot = serialiseDrawing(dirtyDrawing());

  it('keeps the drawing and its size', () => {
    expect(plot).toMatchObject({ width: 300, height: 100 });
    expect(plot.markup).toContain('d="M0 0L10 10"');
    expect(plot.markup).toContain('a &lt; b &amp; “引号”');
    expect(plot.markup).toContain('clip-path="url(#clip)"');
    expect(plot.markup).toContain('<use href="#clip"/>');
  });

  it('drops scripts, handlers, HTML, stylesheets, links out and focus stops', () => {
    expect(plot.markup).not.toMatch(/<script|<style|foreignObject|onclick|tabindex|javascript:/i);
    expect(plot.markup).not.toMatch(/https?:/);
  });

  it('turns style into presentation attributes and leaves no CSS variable or currentColor', () => {
    expect(plot.markup).not.toMatch(/style=|var\(--|currentColor/i);
    expect(plot.markup).toContain('stroke="#123456"');
  });
});

describe('composeFigure', () => {
  const spec = trendSpec(dataset, metric, years, 'zh');
  const content = { spec, plot: serialiseDrawing(dirtyDrawing()), legend: [] };

  it('is one valid standalone SVG with the title, unit, summary, region, source and date', () => {
    const { svg, width, height } = compose(content);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([
      width,
      height,
    ]);
    expect(doc.querySelector('title')?.textContent).toBe('测试指标');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('');
    for (const part of ['测试指标', '单位：件', '测试区', '测试来源', '数据更新于 2025年1月31日'])
      expect(text).toContain(part);
    expect(text.replace(/\s/g, '')).toContain(spec.summary.replace(/\s/g, ''));
  });

  it('names a CJK font stack, and holds no script, no link out and no CSS variable', () => {
    const { svg } = compose(content);
    expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC[^"]*Microsoft YaHei[^"]*"/);
    expect(svg).not.toMatch(/<script|foreignObject|var\(--|style=|https?:\/\/(?!www\.w3\.org)/i);
    const hrefs = [...parse(svg).querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((a) => a.name.endsWith('href')).map((a) => a.value),
    );
    expect(hrefs.every((h) => h.startsWith('#'))).toBe(true);
  });

  it('keeps markup, script and bidi controls in the data as inert text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:x \u202e';
    const spec2 = {
      ...spec,
      title: hostile,
      summary: hostile,
      sourceLine: hostile,
      region: hostile,
    };
    const { svg } = compose({ ...content, spec: spec2 });
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, img, foreignObject')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].some((e) => e.hasAttribute('onerror'))).toBe(false);
    expect(doc.querySelector('title')?.textContent).toBe(hostile);
  });

  it('draws in the theme’s colours: its background and text', () => {
    const { svg } = compose(content);
    expect(svg).toContain(`fill="${chartTokens.dark.background}"`);
    expect(svg).toContain(`fill="${chartTokens.dark.text}"`);
  });

  it('writes a legend as SVG text, each name beside a line in its colour and dash', () => {
    const legend = [
      { name: '诉求量 ≈', colour: '#56b4e9', dash: '4 4' },
      { name: '解决率', colour: '#e69f00', dash: '' },
    ];
    const doc = parse(compose({ ...content, legend }).svg);
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(text).toEqual(expect.arrayContaining(['诉求量 ≈', '解决率']));
    expect(
      doc.querySelector('line[stroke="#56b4e9"]')?.getAttribute('stroke-dasharray'),
    ).toBeTruthy();
  });

  it('writes a fact tile as text: the figure, its year and the quote', () => {
    const fact = factSpec(dataset, metric, [2022], 'en');
    if (!fact) throw new Error('no fact');
    const text = parse(compose({ spec: fact, plot: null, legend: [] }).svg).documentElement
      .textContent;
    expect(text).toContain('150 cases');
    expect(text).toContain('2022年150');
    expect(text).toContain('Test District');
  });

  it('writes a list drawing as text, label by label', () => {
    // Two approximate figures: no bar can be drawn, so the chart says why, year by year.
    const rough = makeMetric('count', 'higher', [
      [2022, 100, 'approx'],
      [2023, 120, 'approx'],
    ]);
    const list = changeSpec(makeDataset([rough]), rough, [2022, 2023], 'zh');
    if (list.drawing.kind !== 'list') throw new Error(`drew ${list.drawing.kind}`);
    const text = parse(compose({ spec: list, plot: null, legend: [] }).svg).documentElement
      .textContent;
    for (const item of list.drawing.items) {
      expect(text).toContain(item.label);
      expect(text?.replace(/\s/g, '')).toContain(item.text.replace(/\s/g, ''));
    }
  });

  it('lays a slide out at 1920×1080 and fits the drawing in it', () => {
    const { svg, width, height } = compose(content, 'slide');
    expect([width, height]).toEqual([1920, 1080]);
    const plot = parse(svg).querySelector('svg > svg');
    expect(Number(plot?.getAttribute('y')) + Number(plot?.getAttribute('height'))).toBeLessThan(
      1080,
    );
  });
});
