import type { Metric } from '../../dataset/model.ts';
import { formatNumber, formatQualified, unitForCount } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import type { ChangeAmount, ChangeView, NoChangeReason } from '../change-view.ts';
import { changeParts } from '../change-view.ts';
import { roundTo } from '../round.ts';

const minus = '−';
const sign = (n: number) => (n > 0 ? '+' : n < 0 ? minus : '±');

/** A number in the unit of the metric, as a sentence carries it: "50件", "50 cases", "1 issue". */
export function withUnit(n: number, metric: Metric, lang: Lang, text = formatNumber(n, lang)) {
  const unit = unitForCount(pick(metric.unit, lang), n, lang);
  return unit === '%'
    ? `${text}${unit}`
    : translator(lang)('numberWithUnit', { number: text, unit });
}

/** The size of an amount without its sign, as written: "25.9", "6.8万余", "3". */
function magnitude(a: ChangeAmount, lang: Lang): string {
  const size = Math.abs(a.measure === 'relative' && !a.stated ? roundTo(a.value, 1) : a.value);
  return a.stated ? formatQualified(size, a.qualifier, lang) : formatNumber(size, lang);
}

/** Points in the metric's terms: "个百分点" / "pp" for a rate (the compact form), the unit for a score. */
function pointsUnit(metric: Metric, lang: Lang, compact: boolean): string {
  const t = translator(lang);
  if (metric.kind !== 'percent') return pick(metric.unit, lang);
  return compact ? t('pointsUnit') : t('percentPoints');
}

function placesText(a: ChangeAmount, lang: Lang): string {
  const t = translator(lang);
  const count = Math.abs(a.value);
  return t('placesMoved', {
    way: t(a.value > 0 ? 'rankUp' : 'rankDown'),
    count,
    places: count === 1 ? t('place') : t('places'),
  });
}

/**
 * An amount as a card or a bar carries it: "+25.9%（+50件）", "+3.89个百分点", "上升3位",
 * "有所下降", "持平". `aside: false` leaves out the absolute change beside a percentage.
 */
export function amountText(
  a: ChangeAmount,
  metric: Metric,
  lang: Lang,
  { aside = true }: { aside?: boolean } = {},
): string {
  const t = translator(lang);
  if (a.direction === 'flat') return t('noChange');
  if (a.measure === 'direction') return t(a.direction === 'up' ? 'roughlyUp' : 'roughlyDown');
  if (a.measure === 'places') return placesText(a, lang);
  const size = magnitude(a, lang);
  const signed = (text: string) => `${sign(a.value)}${text}`;
  if (a.measure === 'points') {
    if (a.percentSign) return signed(`${size}%`);
    const unit = pointsUnit(metric, lang, true);
    return signed(t('numberWithUnit', { number: size, unit }));
  }
  if (a.measure === 'absolute') {
    const text = signed(withUnit(a.stated ? 2 : a.value, metric, lang, size));
    return a.zeroBase && aside ? `${text}${t('aside', { text: t('zeroBase') })}` : text;
  }
  const percent = signed(`${size}%`);
  if (!aside || a.absolute === null) return percent;
  const absolute = `${sign(a.absolute)}${withUnit(a.absolute, metric, lang, formatNumber(Math.abs(a.absolute), lang))}`;
  return `${percent}${t('aside', { text: absolute })}`;
}

/**
 * The arrow beside an amount, pointing the way its words go: a rank that climbs ("上升3位")
 * points up although its number fell; approximate amounts get "≈".
 */
export function arrowFor(a: ChangeAmount): '▲' | '▼' | '■' | '≈' {
  if (a.direction === 'flat') return '■';
  if (a.measure === 'direction' || a.direction === 'unclear') return '≈';
  const up = a.measure === 'places' ? a.value > 0 : a.direction === 'up';
  return up ? '▲' : '▼';
}

/** "较2022年" / "vs 2022", or "较上年" where the source speaks of a year with no published figure. */
export function versusText(a: ChangeAmount, lang: Lang): string {
  const t = translator(lang);
  return a.versusYear === null ? t('vsPreviousYear') : t('vsYear', { year: a.versusYear });
}

/** The label on a change bar: the amount alone, with the year compared where it is not the year before. */
export function barLabel(a: ChangeAmount, metric: Metric, lang: Lang): string {
  const amount = amountText(a, metric, lang, { aside: false });
  return a.acrossGap
    ? `${amount}${translator(lang)('aside', { text: versusText(a, lang) })}`
    : amount;
}

const reasonKey = {
  notPublished: 'noFigureFor',
  noComparison: 'noComparison',
  definitionChanged: 'definitionChanged',
  approxDirection: 'approxReason',
  approxUnclear: 'approxUnclear',
} as const;

export function reasonText(reason: NoChangeReason, year: number, lang: Lang): string {
  return translator(lang)(reasonKey[reason], { year });
}

/**
 * The source's stated change as a label ("来源表述：") and the words after it ("−8%"), so a table
 * cell can keep the label whole. Where it differs from the figures, the metric page says so in
 * one neutral sentence (`statedNote`); a cell never calls the source wrong.
 */
export function statedParts(stated: ChangeAmount, metric: Metric, lang: Lang) {
  const t = translator(lang);
  return {
    label: `${t('statedBySource')}${t('colon')}`,
    text: amountText(stated, metric, lang),
  };
}

const statedLine = ({ label, text }: { label: string; text: string }) => `${label}${text}`;

/** A change as one line of plain text, for data tables, lists and CSV: ours, the reason, the source's words. */
export function changeText(view: ChangeView, metric: Metric, year: number, lang: Lang): string {
  const t = translator(lang);
  const { ours, stated } = changeParts(view);
  const parts = [
    ours &&
      [
        ours.measure === 'direction' ? '≈' : '',
        amountText(ours, metric, lang),
        versusText(ours, lang),
      ]
        .filter(Boolean)
        .join(' '),
    view.reason && reasonText(view.reason, year, lang),
    stated && statedLine(statedParts(stated, metric, lang)),
  ];
  return parts.filter(Boolean).join(t('clauseJoin'));
}
