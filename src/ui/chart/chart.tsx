import { Suspense, useContext, useId, useState, type ReactNode } from 'react';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { translator } from '../../i18n/translate.ts';
import { DataTable } from '../data-table.tsx';
import { useDrawEveryChart, usePrinting } from '../print.ts';
import { PRINT_PLOT_WIDTH, PrintColumnContext } from '../print-page.ts';
import { useNearViewport } from '../use-near-viewport.ts';
import { ChartBoundary } from './chart-boundary.tsx';
import { useDrawTurn } from './draw-turns.ts';
import { drawingOf, type PlotKind } from './drawings.ts';
import { DRAWN_ATTRIBUTE, useDrawn } from './drawn.ts';
import { ChartDrawing, drawingHeight } from './chart-drawing.tsx';
import { chartTokens, useChartTokens } from './tokens.ts';
import { printStyle, variantStyles, type ChartVariant } from './variants.ts';
import './chart.css';

export interface ChartProps {
  spec: ChartSpec;
  variant?: ChartVariant;
  /** Draw now, not when scrolled near: for printing and exports. Slides and exports always do. */
  eager?: boolean;
  /** The row of actions under the chart (export, embed code). */
  actions?: ReactNode;
}

/**
 * Every chart in the app: its caption, one-sentence summary, the drawing in the space
 * reserved for it, the source line and the data as a table, all from one specification.
 */
export function Chart({ spec, variant = 'page', eager = false, actions }: ChartProps) {
  const t = translator(spec.lang);
  // On paper a page's chart is drawn at its printed width, in the report palette.
  const onPaper = usePrinting() && variant === 'page';
  const column = useContext(PrintColumnContext);
  const style = onPaper ? printStyle(PRINT_PLOT_WIDTH[column]) : variantStyles[variant];
  const screenTokens = useChartTokens();
  const tokens = onPaper ? chartTokens.light : screenTokens;
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const { ref: bodyRef, near } = useNearViewport<HTMLDivElement>();
  const height = drawingHeight(spec.drawing, style);
  const printing = useDrawEveryChart();
  // Text (a list, a fact tile) shows at once; only Recharts drawings wait to be near the screen,
  // and then for their turn. Printing, slides and exports draw every chart at once.
  const { kind } = spec.drawing;
  const drawsLater = !drawingOf(kind).text;
  const alwaysDrawn = eager || style.eager;
  const turnWidth = useDrawTurn(
    drawsLater && !alwaysDrawn ? (kind as PlotKind) : null,
    near,
    bodyRef,
  );
  const draw = turnWidth !== null || alwaysDrawn || printing;
  const drawn = useDrawn(bodyRef, draw || !drawsLater, !drawsLater);
  return (
    <figure
      className={`chart chart-${variant}`}
      id={variant === 'page' ? spec.id : undefined}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <figcaption>
        <span className="chart-title" id={titleId}>
          {spec.title}
        </span>
        <span className="chart-unit">{spec.unit}</span>
      </figcaption>
      <p className="chart-summary" id={summaryId}>
        {spec.summary}
      </p>
      <div
        ref={bodyRef}
        className={`chart-body chart-body-${spec.drawing.kind}`}
        {...{ [DRAWN_ATTRIBUTE]: drawn }}
        style={
          height === null
            ? undefined
            : { height, width: onPaper ? (style.width ?? undefined) : undefined }
        }
      >
        {(draw || !drawsLater) && (
          <ChartBoundary
            message={t('chartFailed')}
            resetKey={`${spec.id}:${spec.lang}:${spec.years.from}-${spec.years.to}`}
          >
            <Suspense fallback={<p className="chart-loading">{t('chartLoading')}</p>}>
              <ChartDrawing
                drawing={spec.drawing}
                tokens={tokens}
                style={style}
                height={height}
                width={turnWidth || undefined}
                label={spec.title}
              />
            </Suspense>
          </ChartBoundary>
        )}
      </div>
      {spec.notes.map((note) => (
        <p key={note} className="notice">
          {note}
        </p>
      ))}
      <div className="chart-footer">
        <p className="chart-source">{spec.sourceLine}</p>
        <div className="chart-actions">
          {actions}
          <button
            type="button"
            className="link-button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {t(showTable ? 'hideDataTable' : 'showDataTable')}
          </button>
        </div>
      </div>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <DataTable
            caption={t('dataTableCaption', { title: spec.title })}
            columns={spec.table.columns}
            rows={spec.table.rows}
          />
        )}
      </div>
    </figure>
  );
}
