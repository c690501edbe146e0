import type { Metric } from '../../../dataset/model.ts';
import { metricSpec } from '../../../model/chart-spec/metric-spec.ts';
import { scoreCard } from '../../../model/scoreboard.ts';
import { cardProps } from '../../../widgets/kpi-grid.tsx';
import { AREA, COLOUR, SIZE, SLACK, figureSize, fitSize, heightOf, widthOf } from './deck-look.ts';
import { addChart } from './native-chart.ts';
import {
  addBadge,
  addBar,
  addHeading,
  addQuote,
  addText,
  type Box,
  type Page,
} from './page-parts.ts';

/** One headline KPI: the figure huge, its year, its change, its sentence, and its chart. */
export function drawKpi(page: Page, metric: Metric): void {
  const { dataset, year, years, lang, t } = page;
  const card = cardProps(scoreCard(metric, year), dataset, year, lang);
  const spec = metricSpec(dataset, metric, years, lang);
  const top = addHeading(page, card.title);
  const left = { x: AREA.x, w: 4.8 };
  const right = { x: AREA.x + left.w + 0.45, w: AREA.w - left.w - 0.45 };

  let y = top;
  const { number, unit } = card.value;
  const size = card.published ? figureSize(number, left.w, SIZE.figure, 40) : 44;
  const unitSize = Math.round(size * 0.45);
  const oneLine = widthOf(number, size, true) + widthOf(unit, unitSize) <= left.w * SLACK;
  const figureH = ((oneLine ? size : size + unitSize) * 1.2) / 72;
  const colour = card.published ? COLOUR.text : COLOUR.muted;
  addText(
    page,
    [
      { text: number, options: { fontSize: size, bold: true, color: colour } },
      ...(unit ? [{ text: unit, options: { fontSize: unitSize, color: colour } }] : []),
    ],
    { ...left, y, h: figureH },
    { size, valign: 'bottom' },
  );
  y += figureH + 0.15;
  addBadge(page, card.year, { x: left.x, y }, card.fallback);
  y += 0.6;

  const { change } = card;
  const changeText = change
    ? `${change.arrow} ${t('changeLine', { versus: change.versus, amount: change.amount })}${change.toneLabel ?? ''}`
    : (card.changeReason ?? '');
  if (changeText) {
    const tone = change
      ? { good: COLOUR.good, bad: COLOUR.bad, neutral: COLOUR.text }[change.tone]
      : COLOUR.text;
    const h = heightOf(changeText, left.w, 22, true);
    addText(page, changeText, { ...left, y, h }, { size: 22, bold: true, colour: tone });
    y += h + 0.15;
  }
  const room = AREA.bottom - y;
  const sentenceSize = fitSize(SIZE.body, SIZE.minBody, room, (s) =>
    heightOf(card.sentence, left.w, s),
  );
  addText(
    page,
    card.sentence,
    { ...left, y, h: room },
    { size: sentenceSize, colour: COLOUR.muted },
  );

  const chart: Box = { ...right, y: top, h: AREA.bottom - top };
  if (spec.drawing.kind === 'fact') return addQuote(page, spec.drawing.quote, chart);
  addText(
    page,
    spec.unit,
    { ...right, y: top, h: 0.3 },
    { size: SIZE.small, colour: COLOUR.muted },
  );
  addChart(page, spec, { ...chart, y: top + 0.35, h: chart.h - 0.35 });
}

/**
 * The headline KPIs not published for the focus year, two to a row: each its latest earlier
 * figure with that year beside it, never as the focus year's.
 */
export function drawEarlierKpis(page: Page, metrics: readonly Metric[]): void {
  const { dataset, year, lang, t } = page;
  const top = addHeading(page, t('earlierKpisTitle', { year }));
  const columns = metrics.length > 1 ? 2 : 1;
  const rows = Math.ceil(metrics.length / columns);
  const gap = { x: 0.5, y: 0.3 };
  const w = (AREA.w - gap.x * (columns - 1)) / columns;
  const h = (AREA.bottom - top - gap.y * (rows - 1)) / rows;
  metrics.forEach((metric, i) => {
    const card = cardProps(scoreCard(metric, year), dataset, year, lang);
    const x = AREA.x + (i % columns) * (w + gap.x);
    let y = top + Math.floor(i / columns) * (h + gap.y);
    const bottom = y + h;
    const inner = { x: x + 0.3, w: w - 0.3 };
    addBar(page, { x, y, w: 0.055, h }, COLOUR.accent);
    const titleH = heightOf(card.title, inner.w, SIZE.heading, true);
    addText(page, card.title, { ...inner, y, h: titleH }, { size: SIZE.heading, bold: true });
    y += titleH + 0.08;
    const { number, unit } = card.value;
    const size = figureSize(number, inner.w * 0.6, 36, 28);
    const figureW = Math.min(
      inner.w,
      (widthOf(number, size, true) + widthOf(unit, 20)) / SLACK + 0.1,
    );
    addText(
      page,
      [
        { text: number, options: { bold: true } },
        ...(unit ? [{ text: unit, options: { fontSize: 20 } }] : []),
      ],
      { ...inner, w: figureW, y, h: 0.62 },
      { size, valign: 'middle' },
    );
    const badgeFits = figureW + 0.2 + widthOf(card.year, SIZE.minBody) + 0.3 <= inner.w;
    addBadge(
      page,
      card.year,
      badgeFits ? { x: inner.x + figureW + 0.2, y: y + 0.11 } : { x: inner.x, y: y + 0.68 },
      true,
    );
    y += badgeFits ? 0.72 : 1.18;
    const sentenceSize = fitSize(SIZE.body, SIZE.minBody, bottom - y, (s) =>
      heightOf(card.sentence, inner.w, s),
    );
    addText(
      page,
      card.sentence,
      { ...inner, y, h: bottom - y },
      { size: sentenceSize, colour: COLOUR.muted },
    );
  });
}
