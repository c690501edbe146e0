import { memo } from 'react';
import type { PlannedChart } from '../model/chart-groups.ts';
import { Chart } from '../ui/chart/chart.tsx';
import { PrintColumnContext } from '../ui/print-page.ts';
import type { ChartVariant } from '../ui/chart/variants.ts';
import { EmbedCode } from './embed-code.tsx';
import { ExportActions } from './export/export-actions.tsx';
import './chart-grid.css';

interface ChartGridProps {
  /** The page's list of charts (model/chart-groups.ts), which its Export all uses too. */
  charts: readonly PlannedChart[];
  variant?: ChartVariant;
}

/**
 * A grid of a page's charts, each with its export and embed controls. Memoised on the list: a
 * page builds it once per dataset, years and language, so switching the focus year redraws no chart.
 */
export const ChartGrid = memo(function ChartGrid({ charts, variant = 'page' }: ChartGridProps) {
  return (
    <div className="chart-grid">
      <PrintColumnContext value="half">
        {charts.map(({ metric, spec }) => (
          <Chart
            key={spec.id}
            spec={spec}
            variant={variant}
            actions={
              // Inside an embed, offering to embed it again would only confuse.
              variant === 'page' && (
                <>
                  <ExportActions spec={spec} />
                  <EmbedCode target={{ view: 'metric', id: metric.id }} title={spec.title} />
                </>
              )
            }
          />
        ))}
      </PrintColumnContext>
    </div>
  );
});
