import type { Dataset, Metric } from '../../dataset/model.ts';
import { formatSigned } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { computedAmount } from '../change-view.ts';
import { seriesYear } from '../metric-series.ts';
import { roundTo } from '../round.ts';
import { dataSpan } from '../series.ts';
import { changeAxis } from '../value-axis.ts';
import { barLabel, changeText } from '../wording/change-text.ts';
import { yearSentence } from '../wording/sentence.ts';
import type { ChangeMark, ChartSpec } from './chart-spec.ts';
import { chartRow, shownObservations, sourceLine, specFrame } from './common.ts';

const unitKey = {
  count: 'changeUnitCount',
  percent: 'changeUnitPercent',
  score: 'changeUnitScore',
  rank: 'changeUnitRank',
} as const;

/** The bar for a year: exact changes only, in the chart's measure (%, points, places gained). */
function changeMark(metric: Metric, year: number, lang: Lang): ChangeMark {
  const { change, view } = seriesYear(metric, year);
  const amount = change.status === 'compared' && change.exact ? computedAmount(change) : null;
  const value =
    amount?.measure === 'relative'
      ? roundTo(amount.value, 1)
      : amount?.measure === 'points' || amount?.measure === 'places'
        ? amount.value
        : null;
  return {
    year,
    value,
    label: amount && value !== null ? barLabel(amount, metric, lang) : '',
    tooltip: [translator(lang)('yearOf', { year }), changeText(view, metric, year, lang)],
    // Only a drawn bar carries good or bad news; an undrawn one has no colour to give.
    meaning: value !== null && change.status === 'compared' ? change.sentiment : 'neutral',
  };
}

/** A metric's change year by year, in its own terms, with the reason wherever no bar can be drawn. */
export function changeSpec(
  dataset: Dataset,
  metric: Metric,
  yearsShown: readonly number[],
  lang: Lang,
): ChartSpec {
  const years = dataSpan(metric, yearsShown);
  const t = translator(lang);
  const marks = years.map((year) => changeMark(metric, year, lang));
  const texts = years.map((year) => changeText(seriesYear(metric, year).view, metric, year, lang));
  const last = [...years].reverse().find((y) => seriesYear(metric, y).observation !== null);
  return {
    ...specFrame(dataset, years, lang),
    id: `change-${metric.id}`,
    title: t('changeChartTitle', { name: pick(metric.name, lang) }),
    unit: t(unitKey[metric.kind]),
    summary: last ? yearSentence(metric, last, lang) : t('notPublished'),
    sourceLine: sourceLine(shownObservations([metric], years), lang),
    table: {
      columns: [t('year'), t('change')],
      rows: years.map((year, i) => [String(year), texts[i] ?? '']),
    },
    rows: years.map((year) => chartRow(metric, year, String(year), lang)),
    drawing: marks.some((m) => m.value !== null)
      ? {
          kind: 'change',
          marks,
          axis: {
            ...changeAxis(marks.map((m) => m.value)),
            reversed: false,
            integer: metric.kind === 'rank',
            format: (v) => formatSigned(v, lang),
          },
        }
      : // Nothing can be drawn (approximate figures, a single year): say so, year by year.
        {
          kind: 'list',
          items: years.map((year, i) => ({ label: String(year), text: texts[i] ?? '' })),
          emphasis: 'label',
        },
    notes: [],
  };
}
