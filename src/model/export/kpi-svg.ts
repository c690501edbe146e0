import type { Dataset } from '../../dataset/model.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import type { Sentiment } from '../change.ts';
import { scoreboard, standings, toneOf } from '../scoreboard.ts';
import {
  kpiWords,
  scoreLine,
  standingArrows,
  standingKeys,
  type KpiWords,
} from '../wording/kpi-words.ts';
import type { ComposedFigure } from './figure-svg.ts';
import { figureLayouts, type FigureColours } from './figure-layouts.ts';
import { CJK_FONT_STACK, escapeXml, type Measure } from './svg-text.ts';
import { round, TextPen } from './text-pen.ts';

/** The images of the overview's headline KPIs that Export all puts first, in page order. */
export const kpiImages = ['scoreboard', 'kpi-cards'] as const;
export type KpiImage = (typeof kpiImages)[number];

/** The overview's headline KPIs: whose, which focus year, in which language. */
export interface KpiSheet {
  dataset: Dataset;
  year: number;
  lang: Lang;
}

/** A figure's colours, and the two a change is told in. */
export interface KpiColours extends FigureColours {
  good: string;
  bad: string;
}

// Sizes at 1×: a report shrinks a 1008 px image to its column, so nothing is under 14 px.
const TYPE = {
  title: 22,
  heading: 18,
  body: 16,
  small: 14,
  figure: 36,
  minFigure: 20,
  cardGap: 16,
  cardPad: 16,
} as const;

const titleKeys = {
  scoreboard: 'kpiScoreboardTitle',
  'kpi-cards': 'kpiCardsTitle',
} as const satisfies Record<KpiImage, string>;

/** What an image shows, for its SVG title and the ZIP's index: "核心指标计数（2024年）". */
export function kpiImageTitle(image: KpiImage, year: number, lang: Lang): string {
  return translator(lang)(titleKeys[image], { year });
}

/** "来源：…", every source the year's headline figures come from, once each, as a chart's source line; empty without any. */
export function kpiSourceLine({ dataset, year, lang }: KpiSheet): string {
  const t = translator(lang);
  const titles = scoreboard(dataset, year).cards.flatMap((card) =>
    card.figure ? [pick(card.figure.source.title, lang)] : [],
  );
  if (!titles.length) return '';
  return `${t('source')}${t('colon')}${[...new Set(titles)].join(t('clauseJoin'))}`;
}

/**
 * One standalone SVG of the overview's headline KPIs, to paste into a report beside the charts:
 * the scoreboard (how many improved, fell back, held, cannot be compared or are from an earlier
 * year, with the KPIs under each count) or the cards (figure, year, change, source), in the
 * words the page uses, wrapped to the width so that nothing runs off the image.
 */
export function kpiImageSvg(
  image: KpiImage,
  sheet: KpiSheet,
  colours: KpiColours,
  measure: Measure,
): ComposedFigure {
  const { dataset, year, lang } = sheet;
  const t = translator(lang);
  const sizes = figureLayouts.figure;
  const region = pick(dataset.region, lang);
  const pen = new TextPen(sizes, colours, measure, sizes.pad);
  pen.paragraph(
    [region, t('yearOf', { year }), t('headlineKpis')].join(' · '),
    TYPE.title,
    colours.text,
    true,
  );
  pen.y += sizes.gap;
  if (image === 'scoreboard') drawScoreboard(pen, sheet, colours);
  else drawCards(pen, sheet, colours);
  pen.y += sizes.gap / 2;
  pen.rule();
  if (image === 'scoreboard') {
    const sources = kpiSourceLine(sheet);
    if (sources) pen.paragraph(sources, TYPE.small, colours.muted);
  }
  const updated = t('updated', { date: formatDate(dataset.updated, lang) });
  pen.paragraph(t('exportFooter', { region, updated }), TYPE.small, colours.muted);
  const height = Math.ceil(pen.y + sizes.pad);
  const title = kpiImageTitle(image, year, lang);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${sizes.width}" height="${height}" viewBox="0 0 ${sizes.width} ${height}" font-family="${escapeXml(CJK_FONT_STACK)}" xml:lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${sizes.width}" height="${height}" fill="${colours.background}"/>`,
    pen.markup(),
    '</svg>',
  ].join('');
  return { svg, width: sizes.width, height };
}

function toneColour(tone: Sentiment, colours: KpiColours): string {
  return tone === 'neutral' ? colours.text : colours[tone];
}

/** The page's count line, then each count with the KPIs it counts beneath it, two to a row. */
function drawScoreboard(pen: TextPen, { dataset, year, lang }: KpiSheet, colours: KpiColours) {
  const t = translator(lang);
  const board = scoreboard(dataset, year);
  const groups = standings.filter((s) => board.counts[s] > 0);
  const counted = (s: (typeof groups)[number]) => t(standingKeys[s], { count: board.counts[s] });
  pen.paragraph(scoreLine(board, lang), TYPE.body, colours.text);
  pen.y += pen.sizes.gap * 1.5;
  const bar = pen.sizes.stroke;
  const x = pen.x + bar + TYPE.small;
  const width = pen.inner - bar - TYPE.small;
  const column = (width - TYPE.cardGap) / 2;
  for (const standing of groups) {
    const top = pen.y;
    const fill = toneColour(toneOf(standing), colours);
    pen.paragraph(
      `${standingArrows[standing]} ${counted(standing)}`,
      TYPE.heading,
      fill,
      true,
      x,
      width,
    );
    pen.y += TYPE.small * 0.3;
    const names = board.cards
      .filter((card) => card.standing === standing)
      .map((card) => pick(card.metric.name, lang));
    for (let i = 0; i < names.length; i += 2) {
      const row = pen.y;
      let bottom = row;
      names.slice(i, i + 2).forEach((name, col) => {
        pen.y = row;
        pen.paragraph(
          name,
          TYPE.body,
          colours.text,
          false,
          x + col * (column + TYPE.cardGap),
          column,
        );
        bottom = Math.max(bottom, pen.y);
      });
      pen.y = bottom;
    }
    pen.raw(
      `<rect x="${pen.x}" y="${round(top)}" width="${bar}" height="${round(pen.y - top)}" fill="${fill}"/>`,
    );
    pen.y += pen.sizes.gap * 1.5;
  }
}

/** The headline cards as the page shows them, two to a row, each row as tall as its tallest. */
function drawCards(pen: TextPen, { dataset, year, lang }: KpiSheet, colours: KpiColours) {
  const cards = scoreboard(dataset, year).cards.map((card) => kpiWords(card, year, lang));
  const width = (pen.inner - TYPE.cardGap) / 2;
  for (let i = 0; i < cards.length; i += 2) {
    const top = pen.y;
    const bottoms = cards
      .slice(i, i + 2)
      .map((card, col) =>
        drawCard(pen, card, pen.x + col * (width + TYPE.cardGap), top, width, lang, colours),
      );
    const bottom = Math.max(...bottoms);
    bottoms.forEach((_, col) =>
      pen.raw(
        `<rect x="${round(pen.x + col * (width + TYPE.cardGap))}" y="${round(top)}" width="${round(width)}" height="${round(bottom - top)}" rx="8" fill="none" stroke="${colours.grid}" stroke-width="1.5"/>`,
      ),
    );
    pen.y = bottom + TYPE.cardGap;
  }
  pen.y -= TYPE.cardGap;
}

/** One card from `top`: name, figure and unit, year, change, badges, source. Returns its bottom. */
function drawCard(
  pen: TextPen,
  card: KpiWords,
  left: number,
  top: number,
  width: number,
  lang: Lang,
  colours: KpiColours,
): number {
  const t = translator(lang);
  const x = left + TYPE.cardPad;
  const inner = width - 2 * TYPE.cardPad;
  pen.y = top + TYPE.cardPad;
  pen.paragraph(card.title, TYPE.heading, colours.text, true, x, inner);
  pen.y += TYPE.small * 0.3;

  // A figure never breaks: a long one steps down a size; its unit goes under it if need be.
  const { number, unit } = card.value;
  let size: number = card.published ? TYPE.figure : TYPE.figure * 0.75;
  while (size > TYPE.minFigure && pen.measure(number, size, true) > inner) size -= 2;
  const fill = card.published ? colours.text : colours.muted;
  if (pen.measure(number, size, true) > inner) pen.paragraph(number, size, fill, true, x, inner);
  else pen.lines([number], size, fill, true, x);
  // As on the card: "94.12%", "188 items" (the unit brings its own space where it has one).
  const after = pen.measure(number, size, true) + 2;
  if (unit && after + pen.measure(unit, TYPE.body) <= inner)
    pen.text(x + after, pen.y - size * 1.4 + size * 1.05, unit, TYPE.body, fill);
  else if (unit) pen.paragraph(unit, TYPE.body, fill, false, x, inner);

  pen.paragraph(
    card.year,
    TYPE.small,
    card.fallback ? colours.text : colours.muted,
    card.fallback,
    x,
    inner,
  );
  pen.y += TYPE.small * 0.3;
  const { change } = card;
  if (change) {
    const words = `${change.arrow} ${t('changeLine', { versus: change.versus, amount: change.amount })}${change.toneLabel ?? ''}`;
    pen.paragraph(words, TYPE.body, toneColour(change.tone, colours), true, x, inner);
  } else if (card.changeReason)
    pen.paragraph(card.changeReason, TYPE.body, colours.muted, true, x, inner);
  // "Has a note" leads to the metric's page on screen; in an image it would lead nowhere.
  if (card.badge) pen.paragraph(card.badge, TYPE.small, colours.muted, false, x, inner);
  if (card.source) {
    pen.y += TYPE.small * 0.3;
    pen.paragraph(card.source, TYPE.small, colours.muted, false, x, inner);
  }
  return pen.y + TYPE.cardPad;
}
