import type { Kind, Localized, Qualifier } from '../dataset/model.ts';
import type { Lang } from './lang.ts';
import { pick } from './translate.ts';

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
const formatters = new Map<string, Intl.NumberFormat>();

function intl(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 4, ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The one number style (issue 17). In Chinese a count of 10万 or more is written in 万 (亿 from
 * 1亿) with every published digit and no more (335000 → 33.5万, 3367216 → 336.7216万); below
 * 10万 the full figure, never grouped (23987, 8721), in sentences as in cards. In English every
 * figure has thousands separators (23,987) and nothing is abbreviated.
 *
 * `scale` writes a number in a chart's own unit, so that the ticks and the labels of one chart
 * agree: see `scaleOf`.
 */
export function formatNumber(
  value: number,
  lang: Lang,
  scale: Scale = scaleOf(value, lang),
): string {
  if (lang === 'en') return intl(lang).format(value);
  const plain = intl(lang, { useGrouping: false, maximumFractionDigits: 8 });
  if (scale === 1) return plain.format(value);
  return `${plain.format(tidyScaled(value / scale))}${scale === 1e8 ? '亿' : '万'}`;
}

/** How many a number is written in: 1 (as it is), 1万 or 1亿. English never scales. */
export type Scale = 1 | 1e4 | 1e8;

const WAN_FROM = 1e5;

/**
 * The unit a number is written in, chosen by its size: 万 from 10万, 亿 from 1亿. Given a chart's
 * largest figure, it is the unit of that whole chart, so "4万" never stands beside "90000".
 */
export function scaleOf(value: number, lang: Lang): Scale {
  if (lang === 'en') return 1;
  const abs = Math.abs(value);
  return abs >= 1e8 ? 1e8 : abs >= WAN_FROM ? 1e4 : 1;
}

// Dividing by 10⁴ can leave binary noise (33.50000000001); the digits published never need more.
const tidyScaled = (n: number) => Math.round(n * 1e8) / 1e8;

function ordinal(n: number): string {
  const rules = new Intl.PluralRules('en-US', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[
    rules.select(n)
  ];
  return `${n}${suffix}`;
}

/** The number with its qualifier, never shown as more exact than published: 34万余 / 340,000+. */
export function formatQualified(
  value: number,
  qualifier: Qualifier,
  lang: Lang,
  scale: Scale = scaleOf(value, lang),
): string {
  if (lang === 'zh') {
    // "千余场", "百余人": the words the reports use for a round lower bound.
    const text =
      qualifier === 'atLeast' && scale === 1 && (value === 1000 || value === 100)
        ? value === 1000
          ? '千'
          : '百'
        : formatNumber(value, lang, scale);
    if (qualifier === 'atLeast') return `${text}余`;
    if (qualifier === 'approx') return `约${text}`;
    return text;
  }
  const text = formatNumber(value, lang, scale);
  if (qualifier === 'atLeast') return `${text}+`;
  if (qualifier === 'approx') return `about ${text}`;
  return text;
}

export interface Figure {
  value: number;
  qualifier: Qualifier;
}

export interface UnitOf {
  kind: Kind;
  unit: Localized;
}

/** A figure with its unit, as a sentence would carry it: 34万余件, 340,000+ cases, 94.12%, 第6名, 6th. */
/** English units are given in the plural; one of them is singular: "1 request", "1 copy". */
export function unitForCount(unit: string, value: number, lang: Lang): string {
  if (lang !== 'en' || Math.abs(value) !== 1) return unit;
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  return unit.endsWith('s') && !unit.endsWith('ss') ? unit.slice(0, -1) : unit;
}

/**
 * A figure as its two unbreakable parts: the number with its qualifier ("34万余", "340,000+",
 * "第6名") and the unit after it ("件", " cases"), so a card can keep the number whole and let
 * only the unit move to the next line.
 */
export function figureParts(
  figure: Figure,
  metric: UnitOf,
  lang: Lang,
): { number: string; unit: string } {
  const unit = unitForCount(
    pick(metric.unit, lang),
    figure.qualifier === 'exact' ? figure.value : 2,
    lang,
  );
  if (metric.kind === 'rank' && Number.isInteger(figure.value)) {
    const place =
      lang === 'zh'
        ? `第${figure.value}${unit === '名' || unit === '位' ? unit : '名'}`
        : ordinal(figure.value);
    return figure.qualifier === 'exact'
      ? { number: place, unit: '' }
      : { number: formatQualified(figure.value, figure.qualifier, lang), unit: ` ${unit}` };
  }
  const number = formatQualified(figure.value, figure.qualifier, lang);
  return { number, unit: unit === '%' || lang === 'zh' ? unit : ` ${unit}` };
}

export function formatFigure(figure: Figure, metric: UnitOf, lang: Lang): string {
  const { number, unit } = figureParts(figure, metric, lang);
  return `${number}${unit}`;
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** Years as words: "2021、2022年" / "2021 and 2022". */
export function formatYears(years: number[], lang: Lang): string {
  if (lang === 'zh') return `${years.join('、')}年`;
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(years.map(String));
}

/**
 * Axis ticks in the chart's one unit (`scaleOf` its largest figure): in Chinese all in 万 (0, 10万, 20万) or all
 * plain, as the chart's labels are; in English with thousands separators, as every figure is.
 */
export function tickFormat(largest: number, lang: Lang): (value: number) => string {
  const scale = scaleOf(largest, lang);
  return (v) => (v === 0 ? '0' : formatNumber(v, lang, scale));
}

/** An index value, to one decimal: 79.4. */
export function formatIndex(value: number, lang: Lang): string {
  return intl(lang, { maximumFractionDigits: 1 }).format(value);
}

/** A number that may fall below zero, with a typographic minus as changes are written: −20. */
export function formatSigned(value: number, lang: Lang): string {
  return value < 0 ? `−${formatNumber(-value, lang)}` : formatNumber(value, lang);
}

/** A relative change with its sign and a typographic minus: +25.9%, −8.2%. */
export function formatRelative(relative: number, lang: Lang): string {
  return intl(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })
    .format(relative)
    .replace('-', '−');
}

/** The time of day on a speaker's clock: 14:05. */
export function formatClock(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(time);
}

/** Time elapsed as a stopwatch shows it: 0:05:09. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}
