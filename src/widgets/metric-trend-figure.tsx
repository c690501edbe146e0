import type { Metric, Observation } from '../dataset/model.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatQualified, formatTick } from '../i18n/format.ts';
import { pick, translator } from '../i18n/translate.ts';
import { useLang } from '../i18n/use-t.ts';
import { seriesOf } from '../model/series.ts';
import { trendSummary } from '../model/summary.ts';
import { valueAxis } from '../model/value-axis.ts';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { TrendChart } from '../ui/charts/lazy-charts.ts';
import { figureOrGap, frameLabels, sourceLine, unitLine } from './chart-labels.ts';

export const TREND_HEIGHT = 260;

/** The figure on a point: qualifier kept, unit left to the caption so labels stay short. */
function pointLabel(o: Observation, metric: Metric, lang: Lang): string {
  const number = formatQualified(o.value, o.qualifier, lang);
  return metric.kind === 'percent'
    ? `${number}%`
    : metric.kind === 'rank'
      ? figureOrGap(o, metric, lang)
      : number;
}

/** One metric over the years shown, with gaps for unpublished years. */
export function MetricTrendFigure({ metric, years }: { metric: Metric; years: readonly number[] }) {
  const lang = useLang();
  const t = translator(lang);
  const title = pick(metric.name, lang);
  const points = seriesOf(metric, years);
  const shown = points.flatMap((p) => (p.observation ? [p.observation] : []));
  return (
    <ChartFrame
      id={`chart-${metric.id}`}
      title={title}
      unit={unitLine(metric, lang)}
      summary={trendSummary(metric, years, lang)}
      sourceLine={sourceLine(shown, lang)}
      table={{
        columns: [t('year'), t('value')],
        rows: points.map((p) => [String(p.year), figureOrGap(p.observation, metric, lang)]),
      }}
      labels={frameLabels(lang, title)}
      height={TREND_HEIGHT}
    >
      <TrendChart
        data={points.map((p) => ({
          year: p.year,
          value: p.observation?.value ?? null,
          label: p.observation ? pointLabel(p.observation, metric, lang) : '',
        }))}
        tick={(v) => formatTick(v, lang)}
        {...valueAxis(
          metric.kind,
          shown.map((o) => o.value),
        )}
      />
    </ChartFrame>
  );
}
