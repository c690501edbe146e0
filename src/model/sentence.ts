import type { Metric, StatedChange } from '../dataset/model.ts';
import { formatFigure, formatNumber, unitForCount } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/translate.ts';
import { changeIn, type Change } from './change.ts';
import { formatStated } from './describe-change.ts';

type Compared = Extract<Change, { status: 'compared' }>;

const quoted = (quotes: readonly string[]) => quotes.map((q) => `“${q}”`).join('，');

/** "a rise of 68,000+ requests, or 25%" / "a fall of 8%": a source's stated change in words. */
function enStated(list: readonly StatedChange[], metric: Metric): string {
  const amounts = list.map((s) =>
    formatStated({ ...s, value: Math.abs(s.value) }, metric, 'en')
      .replace(/^\+/, '')
      .replace(' pp', ' points'),
  );
  const first = list[0]?.value ?? 0;
  if (first === 0) return 'no change';
  return `a ${first > 0 ? 'rise' : 'fall'} of ${amounts.join(', or ')}`;
}

function zhMovement(c: Compared, metric: Metric): string {
  const abs = (n: number) => formatNumber(Math.abs(n), 'zh');
  const unit = pick(metric.unit, 'zh');
  if (c.direction === 'unclear') return '';
  if (c.direction === 'flat') return '持平';
  const up = c.direction === 'up';
  if (!c.exact) return up ? '有所增长' : '有所下降';
  switch (c.measure) {
    case 'places':
      return `${c.delta < 0 ? '上升' : '下降'}${abs(c.delta)}位`;
    case 'points':
      return `${up ? '提高' : '下降'}${abs(c.delta)}${metric.kind === 'percent' ? '个百分点' : unit}`;
    case 'relative':
      return c.relative === null
        ? `${up ? '增加' : '减少'}${abs(c.delta)}${unit}`
        : `${up ? '增长' : '下降'}${formatNumber(Math.abs(Math.round(c.relative * 1000) / 10), 'zh')}%，${up ? '增加' : '减少'}${abs(c.delta)}${unit}`;
  }
}

/**
 * "为" joins a noun to its figure (解决率为98.01%, 诉求量为33.5万件); a name that is itself an
 * action or a thing counted takes its figure directly (普法活动千余场, 会前学法7次).
 */
function zhJoin(metric: Metric): string {
  return metric.kind !== 'count' || /(量|数)(\(.*\))?$/.test(metric.name.zh) ? '为' : '';
}

function zhSentence(change: Change, metric: Metric, year: number): string {
  const name = pick(metric.name, 'zh');
  if (change.status === 'notPublished') return `${year}年${name}未公开。`;
  const opening = `${year}年${name}${zhJoin(metric)}${formatFigure(change.current, metric, 'zh')}`;
  const quotes = change.stated.map((s) => s.stated.quote);
  if (change.status === 'noEarlier')
    return quotes.length ? `${opening}，来源称${quoted(quotes)}。` : `${opening}。`;
  const versus = `${change.acrossGap ? `${change.previous.year}年` : '上年'}（${formatFigure(change.previous, metric, 'zh')}）`;
  const movement =
    change.direction === 'unclear'
      ? `与${versus}相比升降无法判断（均为约数）`
      : `较${versus}${zhMovement(change, metric)}`;
  const disagreeing = change.stated.filter((s) => s.agrees === false).map((s) => s.stated.quote);
  if (disagreeing.length)
    return `${opening}，${movement}；来源称${quoted(disagreeing)}，与两年公布数字不符。`;
  if (!change.exact && quotes.length) return `${opening}，${movement}，来源称${quoted(quotes)}。`;
  return `${opening}，${movement}。`;
}

function enMovement(c: Compared, metric: Metric): string {
  const abs = (n: number) => formatNumber(Math.abs(n), 'en');
  const unit = pick(metric.unit, 'en');
  const withUnit = (n: number) =>
    `${abs(n)}${unit === '%' ? '' : ' '}${unitForCount(unit, n, 'en')}`;
  if (c.direction === 'flat') return 'unchanged from';
  if (c.direction === 'unclear') return 'no clear change from';
  const way = c.direction === 'up' ? 'up' : 'down';
  if (!c.exact) return `${way} from`;
  switch (c.measure) {
    case 'places':
      return `${c.delta < 0 ? 'up' : 'down'} ${abs(c.delta)} ${Math.abs(c.delta) === 1 ? 'place' : 'places'} from`;
    case 'points':
      return `${way} ${abs(c.delta)} ${metric.kind === 'percent' ? 'percentage points' : unit} from`;
    case 'relative': {
      const absolute = `${c.delta > 0 ? '+' : '−'}${withUnit(c.delta)}`;
      return c.relative === null
        ? `${way} ${withUnit(c.delta)} from`
        : `${way} ${formatNumber(Math.abs(Math.round(c.relative * 1000) / 10), 'en')}% (${absolute}) from`;
    }
  }
}

function enSentence(change: Change, metric: Metric, year: number): string {
  const name = pick(metric.name, 'en');
  if (change.status === 'notPublished') return `${name}: not published for ${year}.`;
  const opening = `${name}: ${formatFigure(change.current, metric, 'en')} in ${year}`;
  const stated = (list: typeof change.stated) =>
    enStated(
      list.map((s) => s.stated),
      metric,
    );
  if (change.status === 'noEarlier')
    return change.stated.length
      ? `${opening}; the source reports ${stated(change.stated)} on the year before, for which no figure is published.`
      : `${opening}.`;
  const movement = `${enMovement(change, metric)} ${formatFigure(change.previous, metric, 'en')} in ${change.previous.year}`;
  const approx = change.direction === 'unclear' ? ' (approximate figures)' : '';
  const disagreeing = change.stated.filter((s) => s.agrees === false);
  if (disagreeing.length)
    return `${opening}, ${movement}. The source reports ${stated(disagreeing)}, which the published figures do not bear out.`;
  if (!change.exact && change.stated.length)
    return `${opening}, ${movement}${approx}; the source reports ${stated(change.stated)}.`;
  return `${opening}, ${movement}${approx}.`;
}

/**
 * One sentence a leader can read out about a metric in a year, built from the change model:
 * "2024年接诉即办解决率为98.01%，较上年（94.12%）提高3.89个百分点；…"
 */
export function yearSentence(metric: Metric, year: number, lang: Lang): string {
  const change = changeIn(metric, year);
  return lang === 'zh' ? zhSentence(change, metric, year) : enSentence(change, metric, year);
}
