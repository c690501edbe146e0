import type { Metric, Observation } from '../dataset/model.ts';
import { pick } from '../i18n/translate.ts';
import { useLang } from '../i18n/use-t.ts';
import { observationIn } from '../model/series.ts';
import { barsSummary } from '../model/summary.ts';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { BarsChart } from '../ui/charts/lazy-charts.ts';
import { figureOrGap, frameLabels, sourceLine, unitLine } from './chart-labels.ts';

const ROW_HEIGHT = 34;

/** Metrics that share a unit, compared in one year. */
export function UnitBarsFigure({ metrics, year }: { metrics: readonly Metric[]; year: number }) {
  const lang = useLang();
  const first = metrics[0];
  if (!first) return null;
  const unit = pick(first.unit, lang);
  const title =
    metrics.length === 1
      ? `${pick(first.name, lang)}${lang === 'zh' ? '（' : ' ('}${year}${lang === 'zh' ? '年）' : ')'}`
      : lang === 'zh'
        ? `${year}年以“${unit}”计的指标`
        : `${year} figures counted in ${unit}`;
  const rows = metrics.map((m) => ({ metric: m, observation: observationIn(m, year) }));
  const shown = rows.flatMap((r) => (r.observation ? [r.observation] : []));
  const longest = Math.max(...metrics.map((m) => pick(m.name, lang).length));
  return (
    <ChartFrame
      id={`chart-${first.categoryId}-${year}-${first.id}`}
      title={title}
      unit={unitLine(first, lang)}
      summary={barsSummary(metrics, year, lang)}
      sourceLine={sourceLine(shown, lang)}
      table={{
        columns: [lang === 'zh' ? '指标' : 'Metric', String(year)],
        rows: rows.map((r) => [pick(r.metric.name, lang), figureOrGap(r.observation, r.metric, lang)]),
      }}
      labels={frameLabels(lang, title)}
      height={rows.length * ROW_HEIGHT + 16}
    >
      <BarsChart
        nameWidth={Math.min(260, Math.max(90, longest * (lang === 'zh' ? 14 : 7)))}
        data={rows
          .filter((r): r is { metric: Metric; observation: Observation } => r.observation !== null)
          .map((r) => ({
            name: pick(r.metric.name, lang),
            value: r.observation.value,
            label: figureOrGap(r.observation, r.metric, lang),
          }))}
      />
    </ChartFrame>
  );
}
