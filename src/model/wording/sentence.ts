import type { Metric, StatedChange } from '../../dataset/model.ts';
import { formatFigure, formatNumber, formatQualified } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator, type Translate } from '../../i18n/translate.ts';
import type { Change } from '../change.ts';
import { seriesYear } from '../metric-series.ts';
import { computedAmount, statedAmount, type ChangeAmount } from '../change-view.ts';
import { roundTo } from '../round.ts';
import { amountText, withUnit } from './change-text.ts';

type Compared = Extract<Change, { status: 'compared' }>;

/** An amount as prose carries it, without its sign: "25", "50件", "2.69个百分点", "3 places". */
function proseAmount(a: ChangeAmount, metric: Metric, lang: Lang): string {
  const t = translator(lang);
  const size = Math.abs(a.value);
  const number = a.stated ? formatQualified(size, a.qualifier, lang) : formatNumber(size, lang);
  switch (a.measure) {
    case 'relative':
      return `${a.stated ? number : formatNumber(Math.abs(roundTo(a.value, 1)), lang)}%`;
    case 'points': {
      // A source's "提升0.67%" stays "0.67%": only 个百分点 in the source is read as points.
      if (a.percentSign) return `${number}%`;
      const unit = metric.kind !== 'percent' ? pick(metric.unit, lang) : t('percentPoints');
      return t('numberWithUnit', { number, unit });
    }
    case 'places':
      return t('numberWithUnit', { number: size, unit: t(size === 1 ? 'place' : 'places') });
    case 'absolute':
    case 'direction':
      return withUnit(a.stated ? 2 : a.value, metric, lang, number);
  }
}

/** "增长25%，增加50件" / "up 25% (+50 cases) from": how the figure moved, in the metric's measure. */
function movement(a: ChangeAmount, metric: Metric, t: Translate, lang: Lang): string {
  if (a.direction === 'flat') return t('moveFlat');
  const up = a.direction === 'up';
  if (a.measure === 'direction') return t(up ? 'moveRoughlyUp' : 'moveRoughlyDown');
  const key = {
    relative: up ? 'moveUpRelative' : 'moveDownRelative',
    absolute: up ? 'moveUpAbsolute' : 'moveDownAbsolute',
    points: up ? 'moveUpPoints' : 'moveDownPoints',
    places: a.value > 0 ? 'moveUpPlaces' : 'moveDownPlaces',
  } as const;
  const absolute = a.absolute ?? 0;
  return t(key[a.measure], {
    percent: formatNumber(Math.abs(roundTo(a.value, 1)), lang),
    amount:
      a.measure === 'relative'
        ? withUnit(absolute, metric, lang, formatNumber(Math.abs(absolute), lang))
        : proseAmount(a, metric, lang),
  });
}

/** Stated changes as the source's quoted words and as amounts: "“同比提升3.58%”", "3.58%". */
function statedTexts(list: readonly StatedChange[], metric: Metric, lang: Lang) {
  const t = translator(lang);
  return {
    quotes: list.map((s) => t('quoted', { text: s.quote })).join(t('alternativesJoin')),
    amounts: list
      .map((s) => proseAmount(statedAmount(s, metric, null), metric, lang))
      .join(t('alternativesJoin')),
  };
}

/** The source's stated changes: quoted verbatim in Chinese, put in words in English. */
function statedWords(
  change: Exclude<Change, { status: 'notPublished' }>,
  metric: Metric,
  lang: Lang,
) {
  const list = change.stated.map((s) => s.stated);
  const first = list[0]?.value ?? 0;
  const key = first === 0 ? 'statedNone' : first > 0 ? 'statedRise' : 'statedFall';
  return translator(lang)(key, statedTexts(list, metric, lang));
}

/**
 * "为" joins a noun to its figure (解决率为98.01%); a name that is an action or a thing counted
 * takes it directly (普法活动千余场): `sentenceOpeningCounted`.
 */
function takesItsFigureDirectly(metric: Metric): boolean {
  return metric.kind === 'count' && !/(量|数)(\(.*\))?$/.test(metric.name.zh);
}

function comparedClause(change: Compared, metric: Metric, t: Translate, lang: Lang): string {
  const versus = {
    versus: change.acrossGap ? t('yearOf', { year: change.previous.year }) : t('previousYearShort'),
    previous: formatFigure(change.previous, metric, lang),
    versusYear: change.previous.year,
  };
  const amount = computedAmount(change);
  return amount
    ? t('movedClause', { ...versus, movement: movement(amount, metric, t, lang) })
    : t('unclearClause', versus);
}

/**
 * One sentence a leader can read out about a metric in a year, built from the change model:
 * "2024年接诉即办解决率为98.01%，较上年（94.12%）提高3.89个百分点。"
 */
export function yearSentence(metric: Metric, year: number, lang: Lang): string {
  const t = translator(lang);
  const name = pick(metric.name, lang);
  const { change } = seriesYear(metric, year);
  if (change.status === 'notPublished') return t('sentenceNotPublished', { year, name });
  const opening = t(takesItsFigureDirectly(metric) ? 'sentenceOpeningCounted' : 'sentenceOpening', {
    year,
    name,
    figure: formatFigure(change.current, metric, lang),
  });
  if (change.status === 'notComparable')
    return t('sentenceNotComparable', {
      opening,
      previousYear: change.previous.year,
      previous: formatFigure(change.previous, metric, lang),
    });
  if (change.status === 'noEarlier')
    return change.stated.length
      ? t('sentenceStatedOnly', { opening, stated: statedWords(change, metric, lang) })
      : t('sentenceAlone', { opening });
  const clause = comparedClause(change, metric, t, lang);
  const approx = change.direction === 'unclear' ? t('approxSuffix') : '';
  // A stated change that differs from the two figures is told on the metric page (`statedNote`),
  // in neutral words, never in the year's headline sentence.
  if (change.stated.some((s) => s.agrees === false))
    return t('sentenceMoved', { opening, clause, approx });
  if (!change.exact && change.stated.length)
    return t('sentenceMovedStated', {
      opening,
      clause,
      approx,
      stated: statedWords(change, metric, lang),
    });
  return t('sentenceMoved', { opening, clause, approx });
}

/**
 * Where the source states a change that the two published figures give otherwise, one neutral
 * sentence for the metric page: what the source states, what the figures give, and that the two
 * may be measured differently. Null where there is no such difference.
 */
export function statedNote(metric: Metric, year: number, lang: Lang): string | null {
  const { change } = seriesYear(metric, year);
  if (change.status !== 'compared') return null;
  const differing = change.stated.filter((s) => s.agrees === false).map((s) => s.stated);
  const ours = computedAmount(change);
  if (!differing.length || !ours) return null;
  const t = translator(lang);
  return t('statedNote', {
    ...statedTexts(differing, metric, lang),
    previousYear: change.previous.year,
    year,
    previous: formatFigure(change.previous, metric, lang),
    current: formatFigure(change.current, metric, lang),
    amount: amountText(ours, metric, lang),
  });
}
