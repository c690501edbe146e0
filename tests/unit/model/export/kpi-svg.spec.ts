import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/dataset/model.ts';
import { parseDataset } from '../../../../src/dataset/parse.ts';
import { figureParts } from '../../../../src/i18n/format.ts';
import type { Lang } from '../../../../src/i18n/lang.ts';
import { loadCatalogue } from '../../../../src/i18n/load-catalogue.ts';
import {
  kpiImageSvg,
  kpiImages,
  kpiSourceLine,
  type KpiImage,
} from '../../../../src/model/export/kpi-svg.ts';
import { estimateWidth } from '../../../../src/model/export/svg-text.ts';
import { scoreboard } from '../../../../src/model/scoreboard.ts';
import { chartTokens } from '../../../../src/ui/chart/tokens.ts';
import { basic, fileText } from '../../../fixtures/index.ts';
import { makeDataset, makeMetric } from '../../make-metric.ts';
import { unescapeXml } from '../../xml-parts.ts';

const dataset = parseDataset(fileText(basic), 'basic.json');

function imageOf(image: KpiImage, lang: Lang, data: Dataset = dataset, year = 2024) {
  return kpiImageSvg(image, { dataset: data, year, lang }, chartTokens.light, estimateWidth);
}

/** Every line of text drawn: where it starts, how big, how bold, and what it says. */
function textsOf(svg: string) {
  return [
    ...svg.matchAll(
      /<text x="([\d.]+)" y="[\d.]+" font-size="([\d.]+)"[^>]*?( font-weight="700")?>([^<]*)<\/text>/g,
    ),
  ].map(([, x, size, bold, content]) => ({
    x: Number(x),
    size: Number(size),
    bold: Boolean(bold),
    content: unescapeXml(content ?? ''),
  }));
}

/** Lines joined again where the image wrapped them: by nothing in Chinese, a space in English. */
const flatText = (svg: string, lang: Lang) =>
  textsOf(svg)
    .map((t) => t.content)
    .join(lang === 'zh' ? '' : ' ');

const allText = (svg: string) =>
  textsOf(svg)
    .map((t) => t.content)
    .join('\n');

beforeAll(() => loadCatalogue('en'));

describe('kpiImageSvg', () => {
  it('shows every headline KPI’s figure with its unit on the cards, in zh and en', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = flatText(imageOf('kpi-cards', lang).svg, lang);
      for (const card of scoreboard(dataset, 2024).cards) {
        expect(card.figure).not.toBeNull();
        if (!card.figure) continue;
        const { number, unit } = figureParts(card.figure, card.metric, lang);
        expect(text).toContain(number);
        if (unit) expect(text).toContain(unit);
        expect(text).toContain(card.metric.name[lang]);
      }
    }
  });

  it('reads 未公开 / not published for a KPI with no figure, never 0', () => {
    const published = { ...makeMetric('count', 'higher', [[2024, 30]], '件', 'published') };
    const later = { ...makeMetric('count', 'higher', [[2024, 12]], '件', 'later') };
    const data = makeDataset([
      { ...published, headline: true },
      {
        ...later,
        headline: true,
        observations: later.observations.map((o) => ({ ...o, year: 2025 })),
      },
    ]);
    const zh = allText(imageOf('kpi-cards', 'zh', data, 2024).svg);
    const en = allText(imageOf('kpi-cards', 'en', data, 2024).svg);
    expect(zh).toContain('未公开');
    expect(en).toContain('not published');
    expect(zh).not.toMatch(/(^|\n)0(件)?(\n|$)/);
    expect(en).not.toMatch(/(^|\n)0( cases)?(\n|$)/);
    expect(allText(imageOf('scoreboard', 'zh', data, 2024).svg)).toContain('1项未公开');
  });

  it('counts the KPIs as the page does, with the KPIs under each count', () => {
    const zh = allText(imageOf('scoreboard', 'zh').svg);
    const board = scoreboard(dataset, 2024);
    expect(zh).toContain(`${board.cards.length}项核心指标`);
    expect(zh).toContain(`${board.counts.improved}项向好`);
    const flat = flatText(imageOf('scoreboard', 'zh').svg, 'zh');
    for (const card of board.cards) expect(flat).toContain(card.metric.name.zh);
    expect(zh).toContain(dataset.region.zh);
  });

  it('writes every word in English when the page is in English', () => {
    for (const image of kpiImages) {
      const { svg } = imageOf(image, 'en');
      expect(svg).toContain('xml:lang="en"');
      const text = allText(svg);
      expect(text).toContain('Headline KPIs');
      // Chinese only where the dataset itself has no English.
      const chinese = textsOf(svg).filter((t) => /[\u4e00-\u9fff]/.test(t.content));
      expect(chinese).toEqual([]);
    }
    expect(allText(imageOf('scoreboard', 'en').svg)).toMatch(/\d+ improved/);
  });

  it('keeps every line inside the image, measured as it will be drawn, at 14 px or more', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const image of kpiImages) {
        const { svg, width, height } = imageOf(image, lang);
        expect(
          svg.startsWith(
            `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`,
          ),
        ).toBe(true);
        const texts = textsOf(svg);
        expect(texts.length).toBeGreaterThan(5);
        for (const t of texts) {
          expect(t.size).toBeGreaterThanOrEqual(14);
          expect(t.x + estimateWidth(t.content, t.size, t.bold)).toBeLessThanOrEqual(width - 16);
        }
      }
  });

  it('names the sources of the year’s figures once each, as a chart’s source line does', () => {
    const line = kpiSourceLine({ dataset, year: 2024, lang: 'zh' });
    expect(line.startsWith('来源：')).toBe(true);
    expect(line.slice(3).split('；').length).toBe(
      new Set(
        scoreboard(dataset, 2024).cards.flatMap((c) => (c.figure ? [c.figure.source.id] : [])),
      ).size,
    );
    expect(kpiSourceLine({ dataset: makeDataset([]), year: 2024, lang: 'zh' })).toBe('');
  });
});
