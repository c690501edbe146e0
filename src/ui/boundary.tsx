import { Component, type ErrorInfo, type ReactNode } from 'react';

interface BoundaryProps {
  /** Shown in place of the part that failed. */
  fallback: ReactNode;
  /** What failed, for whoever opens the console. */
  what: string;
  /** A new value (another view, slide, chart or language) tries again. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside the part of the app it happened in: a chart, a view, a slide, or at
 * the root the whole app, which then shows its fallback instead of going blank.
 */
export class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false });
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console: the reader sees the fallback.
    console.error(`${this.props.what}:`, error, info.componentStack);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
