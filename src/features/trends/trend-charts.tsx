import type { Dataset, Metric } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { changeSpec } from '../../model/chart-spec/change-spec.ts';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { EmbedCode } from '../../widgets/embed-code.tsx';
import { ExportActions } from '../../widgets/export/export-actions.tsx';

interface TrendChartsProps {
  dataset: Dataset;
  metrics: readonly Metric[];
  years: readonly number[];
  reading: 'values' | 'change';
}

/**
 * The chosen metrics one chart each. In the change reading a metric with no two comparable
 * figures draws nothing: it is named in one line instead of a chart of reasons.
 */
export function TrendCharts({ dataset, metrics, years, reading }: TrendChartsProps) {
  const lang = useLang();
  const t = useT();
  const build = reading === 'change' ? changeSpec : metricSpec;
  const specs = metrics.map((m) => ({ metric: m, spec: build(dataset, m, years, lang) }));
  const drawn = specs.filter(({ spec }) => reading === 'values' || spec.drawing.kind !== 'list');
  const without = specs.filter((s) => !drawn.includes(s)).map((s) => pick(s.metric.name, lang));
  return (
    <>
      {without.length > 0 && (
        <p className="notice">{t('noComparableChange', { names: without.join(t('listJoin')) })}</p>
      )}
      <div className="chart-grid">
        {drawn.map(({ metric, spec }) => (
          <Chart
            key={metric.id}
            spec={spec}
            actions={
              <>
                <ExportActions spec={spec} />
                <EmbedCode target={{ view: 'metric', id: metric.id }} title={spec.title} />
              </>
            }
          />
        ))}
      </div>
    </>
  );
}
