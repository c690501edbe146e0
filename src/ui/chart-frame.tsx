import { Suspense, useId, useState, type ReactNode } from 'react';
import { DataTable, type DataTableProps } from './data-table.tsx';
import { useNearViewport } from './use-near-viewport.ts';

export interface ChartFrameProps {
  id: string;
  title: string;
  unit: string;
  /** One sentence saying what the chart shows: the chart's accessible description. */
  summary: string;
  sourceLine: string;
  table: Omit<DataTableProps, 'caption'>;
  labels: { showTable: string; loading: string; tableCaption: string };
  /** Height reserved before the chart code arrives, so nothing jumps. */
  height: number;
  children: ReactNode;
}

/** Every chart's frame: caption, summary, reserved space, source and its data as a table. */
export function ChartFrame(props: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const summaryId = useId();
  const titleId = useId();
  const { ref: bodyRef, near } = useNearViewport<HTMLDivElement>();
  const tableId = useId();
  return (
    <figure className="chart" id={props.id} aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption>
        <span className="chart-title" id={titleId}>
          {props.title}
        </span>
        <span className="chart-unit">{props.unit}</span>
      </figcaption>
      <p className="chart-summary" id={summaryId}>
        {props.summary}
      </p>
      <div ref={bodyRef} className="chart-body" style={{ height: props.height }} aria-hidden="true">
        {near && (
          <Suspense fallback={<p className="chart-loading">{props.labels.loading}</p>}>
            {props.children}
          </Suspense>
        )}
      </div>
      <div className="chart-footer">
        <p className="chart-source">{props.sourceLine}</p>
        <button
          type="button"
          className="link-button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {props.labels.showTable}
        </button>
      </div>
      <div id={tableId} hidden={!showTable}>
        {showTable && <DataTable caption={props.labels.tableCaption} {...props.table} />}
      </div>
    </figure>
  );
}
