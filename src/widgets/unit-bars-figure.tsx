import type { Metric, Observation } from '../dataset/model.ts';
import { pick, translator } from '../i18n/translate.ts';
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
      ? `${pick(first.name, lang)}${lang === 'zh' ? `（${year}年）` : ` (${year})`}`
      : translator(lang)('barsTitle', { year, unit });
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
        rows: rows.map((r) => [
          pick(r.metric.name, lang),
          figureOrGap(r.observation, r.metric, lang),
        ]),
      }}
      labels={frameLabels(lang, title)}
      height={rows.length * ROW_HEIGHT + 16}
    >
      {first.kind === 'rank' ? (
        // A longer bar would read as better: ranks are listed, not drawn.
        <ul className="rank-list">
          {rows.map((r) => (
            <li key={r.metric.id}>
              <span>{pick(r.metric.name, lang)}</span>
              <strong>{figureOrGap(r.observation, r.metric, lang)}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <BarsChart
          max={first.kind === 'percent' ? 100 : 'dataMax'}
          nameWidth={Math.min(260, Math.max(90, longest * (lang === 'zh' ? 14 : 7)))}
          data={rows
            .filter(
              (r): r is { metric: Metric; observation: Observation } => r.observation !== null,
            )
            .map((r) => ({
              name: pick(r.metric.name, lang),
              value: r.observation.value,
              label: figureOrGap(r.observation, r.metric, lang),
            }))}
        />
      )}
    </ChartFrame>
  );
}
