import { Component, type ErrorInfo, type ReactNode } from 'react';

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
export class ChartBoundary extends Component<ChartBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: ChartBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false });
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console: the reader sees only the sentence.
    console.error('A chart could not be drawn:', error, info.componentStack);
  }

  render() {
    return this.state.failed ? (
      <p className="chart-failed" role="status">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
