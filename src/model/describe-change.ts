import type { Metric, StatedChange } from '../dataset/model.ts';
import { formatNumber, formatQualified, formatRelative, unitForCount } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';
import { sentimentOf, type Change, type Direction, type Sentiment } from './change.ts';

/** One way of putting a change: "+25.9%（+7万件）", "+3.89个百分点", "上升3位", "有所下降". */
export interface ChangeLine {
  amount: string;
  /** "较2022年" / "vs 2022"; null for a stated change with no earlier figure published. */
  versus: string | null;
  direction: Direction;
  sentiment: Sentiment;
  /** A direction only: the figures are approximate. */
  approximate: boolean;
  /** The words are the source's own statement of the change, not our arithmetic. */
  stated: boolean;
}

export interface ChangeView {
  /** What to show first: the source's stated change where there is one, else ours. */
  primary: ChangeLine | null;
  /** Our arithmetic, shown beside a stated change that the published figures do not bear out. */
  computed: ChangeLine | null;
  /** The stated change does not fit the two published figures. */
  disagrees: boolean;
  /** Why no change is shown, in plain words. */
  reason: string | null;
  /** The source's wording of its change, verbatim. */
  statedQuotes: string[];
}

const minus = '−';
const signed = (n: number, text: string) => `${n > 0 ? '+' : n < 0 ? minus : '±'}${text}`;

function unitAfter(metric: Metric, lang: Lang, value = 2): string {
  const unit = unitForCount(pick(metric.unit, lang), value, lang);
  return unit === '%' || lang === 'zh' ? unit : ` ${unit}`;
}

/** "+3.89个百分点" / "+3.89 pp", or "+3.16分" for a score; `number` is the figure as written. */
function pointsText(
  n: number,
  metric: Metric,
  lang: Lang,
  number = formatNumber(Math.abs(n), lang),
): string {
  const t = translator(lang);
  const unit = metric.kind === 'percent' ? t('pointsUnit') : pick(metric.unit, lang);
  return signed(n, `${number}${lang === 'zh' ? '' : ' '}${unit}`);
}

function placesText(delta: number, lang: Lang): string {
  const t = translator(lang);
  const places = Math.abs(delta);
  const moved = delta < 0 ? t('rankUp') : t('rankDown');
  return lang === 'zh'
    ? `${moved}${places}${t('places')}`
    : `${moved} ${places} ${places === 1 ? 'place' : t('places')}`;
}

const aside = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

/** A stated change in the metric's terms: "−8%", "+3.58个百分点", "+6.8万余件". */
export function formatStated(stated: StatedChange, metric: Metric, lang: Lang): string {
  if (stated.value === 0) return translator(lang)('noChange');
  const abs = formatQualified(Math.abs(stated.value), stated.qualifier, lang);
  if (stated.measure === 'percent') return signed(stated.value, `${abs}%`);
  if (stated.measure === 'points') return pointsText(stated.value, metric, lang, abs);
  if (metric.kind === 'rank') return placesText(stated.value, lang);
  return signed(stated.value, `${abs}${unitAfter(metric, lang)}`);
}

const directionOfValue = (n: number): Direction => (n > 0 ? 'up' : n < 0 ? 'down' : 'flat');

function computedLine(
  change: Extract<Change, { status: 'compared' }>,
  metric: Metric,
  lang: Lang,
): ChangeLine | null {
  const t = translator(lang);
  const base = {
    versus: t('vsYear', { year: change.previous.year }),
    direction: change.direction,
    sentiment: change.sentiment,
    stated: false,
  };
  if (change.direction === 'unclear') return null;
  if (change.direction === 'flat') return { ...base, amount: t('noChange'), approximate: false };
  if (!change.exact)
    return {
      ...base,
      amount: t(change.direction === 'up' ? 'roughlyUp' : 'roughlyDown'),
      approximate: true,
    };
  const delta = change.delta;
  let amount: string;
  if (change.measure === 'places') amount = placesText(delta, lang);
  else if (change.measure === 'points') amount = pointsText(delta, metric, lang);
  else {
    const absolute = signed(
      delta,
      `${formatNumber(Math.abs(delta), lang)}${unitAfter(metric, lang, delta)}`,
    );
    amount =
      change.relative === null
        ? `${absolute}${aside(t('zeroBase'), lang)}`
        : `${formatRelative(change.relative, lang)}${aside(absolute, lang)}`;
  }
  return { ...base, amount, approximate: false };
}

function statedLine(
  stated: StatedChange,
  versus: string | null,
  metric: Metric,
  lang: Lang,
): ChangeLine {
  const direction = directionOfValue(stated.value);
  return {
    amount: formatStated(stated, metric, lang),
    versus,
    direction,
    sentiment: sentimentOf(metric, direction),
    approximate: stated.qualifier !== 'exact',
    stated: true,
  };
}

/** A change in the metric's own terms, with the source's stated change taking precedence. */
export function viewChange(change: Change, metric: Metric, year: number, lang: Lang): ChangeView {
  const t = translator(lang);
  const none = { primary: null, computed: null, disagrees: false, statedQuotes: [] };
  if (change.status === 'notPublished') return { ...none, reason: t('noFigureFor', { year }) };
  const statedQuotes = change.stated.map((s) => s.stated.quote);
  const first = change.stated[0]?.stated;
  if (change.status === 'noEarlier')
    return first
      ? {
          ...none,
          statedQuotes,
          primary: statedLine(first, t('vsPreviousYear'), metric, lang),
          reason: null,
        }
      : { ...none, reason: t('noComparison') };

  const computed = computedLine(change, metric, lang);
  const disagreeing = change.stated.find((s) => s.agrees === false)?.stated;
  const reason =
    change.direction === 'unclear'
      ? t('approxUnclear')
      : !change.exact && change.direction !== 'flat'
        ? t('approxReason')
        : null;
  if (disagreeing)
    return {
      primary: statedLine(disagreeing, t('vsPreviousYear'), metric, lang),
      computed,
      disagrees: true,
      reason,
      statedQuotes,
    };
  // Where the source's words fit our arithmetic, ours is the more precise; the words stay listed.
  return {
    primary: computed ?? (first ? statedLine(first, t('vsPreviousYear'), metric, lang) : null),
    computed: null,
    disagrees: false,
    reason,
    statedQuotes,
  };
}

/** A change as one line of plain text, for data tables and lists: ours, the reason, and the source's words. */
/** Splits a change into our reading and the source's stated one, for places that show both. */
export function changeParts(view: ChangeView): {
  ours: ChangeLine | null;
  stated: ChangeLine | null;
} {
  return {
    ours: view.disagrees ? view.computed : view.primary?.stated ? null : view.primary,
    stated: view.primary?.stated ? view.primary : null,
  };
}

export function changeText(view: ChangeView, lang: Lang): string {
  const t = translator(lang);
  const { ours, stated } = changeParts(view);
  const parts = [
    ours && [ours.approximate ? '≈' : '', ours.amount, ours.versus ?? ''].filter(Boolean).join(' '),
    view.reason,
    stated &&
      `${t('statedBySource')}${lang === 'zh' ? '：' : ': '}${stated.amount}${view.disagrees ? ` ⚠ ${t('disagreesWithFigures')}` : ''}`,
  ];
  return parts.filter(Boolean).join(lang === 'zh' ? '；' : '; ');
}
