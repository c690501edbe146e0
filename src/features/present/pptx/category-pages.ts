import { pick } from '../../../i18n/translate.ts';
import { factSpec } from '../../../model/chart-spec/fact-spec.ts';
import { trendSpec } from '../../../model/chart-spec/trend-spec.ts';
import { partTitle } from '../slide-parts.tsx';
import { AREA, COLOUR, SIZE, SLACK, figureSize, fitSize, heightOf, widthOf } from './deck-look.ts';
import { addChart } from './native-chart.ts';
import {
  addBadge,
  addBar,
  addHeading,
  addQuote,
  addText,
  columns,
  type Page,
  type Runs,
  type SlideOf,
} from './page-parts.ts';

function categoryTitle(page: Page, slide: SlideOf<'charts'> | SlideOf<'figures'>): string {
  const category = page.dataset.categoryById.get(slide.categoryId);
  return partTitle(category ? pick(category.name, page.lang) : slide.categoryId, slide, page.lang);
}

/**
 * A category's trends, two to a slide: name and unit, the sentence, the native chart. The two
 * charts start at one height, whichever name or sentence is longer.
 */
export function drawCharts(page: Page, slide: SlideOf<'charts'>): void {
  const top = addHeading(page, categoryTitle(page, slide));
  const cols = columns(slide.metrics.length, 0.7);
  const blocks = slide.metrics.flatMap((metric, i) => {
    const col = cols[i];
    if (!col) return [];
    const spec = trendSpec(page.dataset, metric, page.years, page.lang);
    const oneLine =
      widthOf(spec.title, SIZE.heading, true) + widthOf(`  ${spec.unit}`, SIZE.small) <=
      col.w * SLACK;
    const headingH = oneLine
      ? (SIZE.heading * 1.2) / 72
      : heightOf(spec.title, col.w, SIZE.heading, true) + (SIZE.small * 1.2) / 72;
    const size = fitSize(SIZE.body, SIZE.minBody, 1.3, (s) => heightOf(spec.summary, col.w, s));
    return [{ col, spec, headingH, size, summaryH: heightOf(spec.summary, col.w, size) }];
  });
  const headingH = Math.max(...blocks.map((b) => b.headingH));
  const summaryH = Math.max(...blocks.map((b) => b.summaryH));
  const chartTop = top + headingH + 0.08 + summaryH + 0.15;
  for (const { col, spec, size } of blocks) {
    const heading: Runs = [
      { text: spec.title, options: { bold: true } },
      { text: `  ${spec.unit}`, options: { fontSize: SIZE.small, color: COLOUR.muted } },
    ];
    addText(page, heading, { ...col, y: top, h: headingH }, { size: SIZE.heading });
    addText(
      page,
      spec.summary,
      { ...col, y: top + headingH + 0.08, h: summaryH },
      {
        size,
        colour: COLOUR.muted,
      },
    );
    addChart(page, spec, { ...col, y: chartTop, h: AREA.bottom - chartTop });
  }
}

/**
 * A category's single published figures with their years; a lone one large, with the words it
 * was published in, never as one small tile on an empty slide.
 */
export function drawFigures(page: Page, slide: SlideOf<'figures'>): void {
  const { t, dataset, years, lang } = page;
  const title = categoryTitle(page, slide);
  const top = addHeading(
    page,
    slide.otherYears ? t('otherYearsTitle', { category: title }) : title,
  );
  const facts = slide.metrics.flatMap((m) => {
    const spec = factSpec(dataset, m, years, lang);
    return spec?.drawing.kind === 'fact' ? [{ title: spec.title, ...spec.drawing }] : [];
  });
  const [only] = facts;
  if (facts.length === 1 && only) {
    const left = { x: AREA.x, w: 4.8 };
    const nameH = heightOf(only.title, left.w, SIZE.body);
    addText(page, only.title, { ...left, y: top, h: nameH }, { size: SIZE.body });
    const size = figureSize(only.figure, left.w, 54, 36);
    addText(page, only.figure, { ...left, y: top + nameH + 0.1, h: 1.0 }, { size, bold: true });
    addBadge(page, only.year, { x: left.x, y: top + nameH + 1.25 }, false);
    const x = AREA.x + left.w + 0.45;
    return addQuote(page, only.quote, { x, y: top, w: AREA.x + AREA.w - x, h: AREA.bottom - top });
  }
  const cols = columns(2, 0.7);
  const rows = Math.ceil(facts.length / 2);
  const h = Math.min(1.7, (AREA.bottom - top) / Math.max(rows, 1));
  facts.forEach((fact, i) => {
    const col = cols[i % 2];
    if (!col) return;
    const y = top + Math.floor(i / 2) * h;
    const inner = { x: col.x + 0.3, w: col.w - 0.3 };
    addBar(page, { x: col.x, y, w: 0.055, h: h - 0.2 }, COLOUR.grid);
    const nameH = heightOf(fact.title, inner.w, SIZE.minBody);
    addText(page, fact.title, { ...inner, y, h: nameH }, { size: SIZE.minBody });
    addText(
      page,
      fact.figure,
      { ...inner, y: y + nameH, h: 0.6 },
      {
        size: figureSize(fact.figure, inner.w, 32, 24),
        bold: true,
      },
    );
    addText(
      page,
      fact.year,
      { ...inner, y: y + nameH + 0.62, h: 0.32 },
      { size: SIZE.minBody, colour: COLOUR.muted },
    );
  });
}
