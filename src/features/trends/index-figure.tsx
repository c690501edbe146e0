import type { indexSpec } from '../../model/chart-spec/index-spec.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { ExportActions } from '../../widgets/export/export-actions.tsx';

/** The chosen metrics as indices of one base year on one chart, or why none can be drawn. */
export function IndexFigure({ index }: { index: ReturnType<typeof indexSpec> }) {
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
