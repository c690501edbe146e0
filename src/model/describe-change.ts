import type { Metric } from '../dataset/model.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, translator } from '../i18n/translate.ts';
import type { Change } from './change.ts';

export interface ChangeText {
  /** e.g. "+25.9%（+7万件）", "+3.89个百分点", "上升2位"; prefixed 约 / about when approximate. */
  amount: string;
  /** e.g. "较2022年" / "vs 2022". */
  versus: string;
}

const signed = (n: number, lang: Lang) =>
  `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), lang)}`;

function percentOf(relative: number, lang: Lang): string {
  const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(relative);
  return text.replace('-', '−');
}

/** The change in the metric's own terms, or the plain reason none is shown. */
export function describeChange(
  change: Change,
  metric: Metric,
  lang: Lang,
): { shown: ChangeText } | { reason: string } | null {
  const t = translator(lang);
  if (change.status === 'notPublished') return null;
  if (change.status === 'noEarlier') return { reason: t('noComparison') };
  const unit = pick(metric.unit, lang);
  const gap = lang === 'zh' ? '' : ' ';
  let amount: string;
  if (change.direction === 'flat') amount = t('noChange');
  else if (change.measure === 'places') {
    const places = Math.abs(change.delta);
    const improved = change.delta < 0;
    amount =
      lang === 'zh'
        ? `${improved ? t('rankUp') : t('rankDown')}${places}${t('places')}`
        : `${improved ? t('rankUp') : t('rankDown')} ${places} ${places === 1 ? 'place' : t('places')}`;
  } else if (change.measure === 'points') {
    const points = metric.kind === 'percent' ? t('pointsUnit') : unit;
    amount = `${signed(change.delta, lang)}${gap}${points}`;
  } else {
    const absolute = `${signed(change.delta, lang)}${unit === '%' || lang === 'zh' ? '' : ' '}${unit}`;
    const aside = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
    amount =
      change.relative === null
        ? `${absolute}${aside(t('zeroBase'))}`
        : `${percentOf(change.relative, lang)}${aside(absolute)}`;
  }
  if (change.approximate && change.direction !== 'flat')
    amount = lang === 'zh' ? `${t('approxChange')}${amount}` : `${t('approxChange')} ${amount}`;
  return { shown: { amount, versus: t('vsYear', { year: change.previous.year }) } };
}
