import type { Metric } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import type { PlannedChart } from '../../model/chart-groups.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { ChartGrid } from '../../widgets/chart-grid.tsx';

interface TrendChartsProps {
  charts: readonly PlannedChart[];
  /** Metrics with no two comparable figures, in the change reading: named in one line. */
  without: readonly Metric[];
}

/**
 * The chosen metrics one chart each. In the change reading a metric with no two comparable
 * figures draws nothing: it is named in one line instead of a chart of reasons.
 */
export function TrendCharts({ charts, without }: TrendChartsProps) {
  const lang = useLang();
  const t = useT();
  return (
    <>
      {without.length > 0 && (
        <p className="notice">
          {t('noComparableChange', {
            names: without.map((m) => pick(m.name, lang)).join(t('listJoin')),
          })}
        </p>
      )}
      <ChartGrid charts={charts} />
    </>
  );
}
