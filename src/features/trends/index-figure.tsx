import type { Dataset, Metric } from '../../dataset/model.ts';
import { indexSpec } from '../../model/chart-spec/index-spec.ts';
import { useLang } from '../../settings/use-lang.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { ExportActions } from '../../widgets/export/export-actions.tsx';

interface IndexFigureProps {
  dataset: Dataset;
  metrics: readonly Metric[];
  years: readonly number[];
}

/** The chosen metrics as indices of one base year on one chart, or why none can be drawn. */
export function IndexFigure({ dataset, metrics, years }: IndexFigureProps) {
  const index = indexSpec(dataset, metrics, years, useLang());
  if (index.status === 'shown')
    return <Chart spec={index.spec} actions={<ExportActions spec={index.spec} />} />;
  return (
    <>
      {index.notes.map((note) => (
        <p key={note} className="notice">
          {note}
        </p>
      ))}
    </>
  );
}
