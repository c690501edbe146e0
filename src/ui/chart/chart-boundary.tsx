import type { ReactNode } from 'react';
import { Boundary } from '../boundary.tsx';

interface ChartBoundaryProps {
  /** Said in place of the drawing when it fails. */
  message: string;
  /** A new value (another chart, year range or language) tries drawing again. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Keeps a chart's failure inside its frame: a drawing that throws, or whose code cannot be
 * fetched, becomes a plain sentence; the caption, summary, source and data table stay, and so
 * does the rest of the page.
 */
export function ChartBoundary({ message, resetKey, children }: ChartBoundaryProps) {
  return (
    <Boundary
      what="A chart could not be drawn"
      resetKey={resetKey}
      fallback={
        <p className="chart-failed" role="status">
          {message}
        </p>
      }
    >
      {children}
    </Boundary>
  );
}
