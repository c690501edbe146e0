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
 * A number as a reader of that language writes it: in Chinese, round figures of ten
 * thousand or more use 万/亿 (340000 → 34万) and small numbers go ungrouped (1442);
 * in English, thousands separators (340,000).
 */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'zh') {
    const abs = Math.abs(value);
    if (abs >= 1e8 && value % 1e6 === 0)
      return `${intl(lang, { useGrouping: false }).format(value / 1e8)}亿`;
    if (abs >= 1e4 && value % 100 === 0)
      return `${intl(lang, { useGrouping: false }).format(value / 1e4)}万`;
    return intl(lang, { useGrouping: 'min2' }).format(value);
  }
  return intl(lang).format(value);
}

function ordinal(n: number): string {
  const rules = new Intl.PluralRules('en-US', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[
    rules.select(n)
  ];
  return `${n}${suffix}`;
}

/** The number with its qualifier, never shown as more exact than published: 34万余 / 340,000+. */
export function formatQualified(value: number, qualifier: Qualifier, lang: Lang): string {
  if (lang === 'zh') {
    const text =
      qualifier === 'atLeast' && (value === 1000 || value === 100)
        ? value === 1000
          ? '千'
          : '百'
        : formatNumber(value, lang);
    if (qualifier === 'atLeast') return `${text}余`;
    if (qualifier === 'approx') return `约${text}`;
    return text;
  }
  const text = formatNumber(value, lang);
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

export function formatFigure(figure: Figure, metric: UnitOf, lang: Lang): string {
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
      ? place
      : `${formatQualified(figure.value, figure.qualifier, lang)} ${unit}`;
  }
  const number = formatQualified(figure.value, figure.qualifier, lang);
  if (unit === '%' || lang === 'zh') return `${number}${unit}`;
  return `${number} ${unit}`;
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
 * Axis labels in one unit for the whole axis, chosen by its largest value: in Chinese all in
 * 万 (0.5万, 1万, 1.5万) or all plain, never "4.5万" beside "9000"; in English compact (45K).
 */
export function tickFormat(largest: number, lang: Lang): (value: number) => string {
  if (lang === 'en')
    return (v) => intl(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
  const [divisor, unit] = largest >= 1e8 ? [1e8, '亿'] : largest >= 1e4 ? [1e4, '万'] : [1, ''];
  return (v) =>
    v === 0 || divisor === 1
      ? intl(lang, { useGrouping: false }).format(v)
      : `${intl(lang, { useGrouping: false, maximumFractionDigits: 2 }).format(v / divisor)}${unit}`;
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
