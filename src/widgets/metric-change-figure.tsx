import type { Metric } from '../dataset/model.ts';
import { formatNumber } from '../i18n/format.ts';
import { pick, translator } from '../i18n/translate.ts';
import { useLang } from '../i18n/use-t.ts';
import { changePoints } from '../model/change-points.ts';
import { changeAxis } from '../model/value-axis.ts';
import { changeText, viewChange } from '../model/describe-change.ts';
import { yearSentence } from '../model/sentence.ts';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { ChangeBarsChart } from '../ui/charts/lazy-charts.ts';
import { frameLabels, sourceLine } from './chart-labels.ts';

const measureLabel = {
  count: { zh: '单位：%（较上一公布年份）', en: 'Unit: % change on the previous published year' },
  percent: { zh: '单位：百分点', en: 'Unit: percentage points' },
  score: { zh: '单位：分', en: 'Unit: points' },
  rank: { zh: '单位：名次（正数为上升）', en: 'Unit: places gained' },
} as const;

/** A metric's change year by year, in its own terms, with the reason wherever no bar can be drawn. */
export function MetricChangeFigure({
  metric,
  years,
}: {
  metric: Metric;
  years: readonly number[];
}) {
  const lang = useLang();
  const t = translator(lang);
  const points = changePoints(metric, years);
  const title = `${pick(metric.name, lang)}${lang === 'zh' ? '：变化' : ': change'}`;
  const views = points.map((p) => ({ ...p, view: viewChange(p.change, metric, p.year, lang) }));
  const last = [...points].reverse().find((p) => p.change.status !== 'notPublished');
  // A bar across a gap says which year it is compared with.
  const barLabel = (v: (typeof views)[number]) => {
    const line = v.view.computed ?? v.view.primary;
    const amount = line?.amount.split(/[（(]/)[0] ?? '';
    return v.change.status === 'compared' && v.change.acrossGap && line?.versus
      ? `${amount}${lang === 'zh' ? `（${line.versus}）` : ` (${line.versus})`}`
      : amount;
  };
  const cell = (v: (typeof views)[number]) => changeText(v.view, lang);
  return (
    <ChartFrame
      id={`change-${metric.id}`}
      title={title}
      unit={measureLabel[metric.kind][lang]}
      summary={last ? yearSentence(metric, last.year, lang) : t('notPublished')}
      sourceLine={sourceLine(
        metric.observations.filter((o) => years.includes(o.year)),
        lang,
      )}
      table={{
        columns: [t('year'), lang === 'zh' ? '变化' : 'Change'],
        rows: views.map((v) => [String(v.year), cell(v)]),
      }}
      labels={frameLabels(lang, title)}
      height={220}
    >
      {views.some((v) => v.value !== null) ? (
        <ChangeBarsChart
          tick={(v) => formatNumber(v, lang)}
          {...changeAxis(views.map((v) => v.value))}
          data={views.map((v) => ({
            year: v.year,
            value: v.value,
            label: v.value === null ? '' : barLabel(v),
            tone: v.change.status === 'compared' ? v.change.sentiment : 'neutral',
          }))}
        />
      ) : (
        // Nothing can be drawn (approximate figures, a single year): say so, year by year.
        <ul className="change-list">
          {views.map((v) => (
            <li key={v.year}>
              <strong>{v.year}</strong> {cell(v)}
            </li>
          ))}
        </ul>
      )}
    </ChartFrame>
  );
}
