import { Component, type ErrorInfo, type ReactNode } from 'react';
import './error-panel.css';

interface BoundaryProps {
  /** What failed, in the reader's words, and the way on. */
  title: string;
  body: string;
  /** Links and buttons that lead on (back to the overview, reload, next slide). */
  actions?: ReactNode;
  /** A new value (another view, slide or language) tries again. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside the part of the app it happened in: a view, a slide, or at the root
 * the whole app, which then says what failed and how to go on instead of going blank.
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
    // Kept for whoever opens the console: the reader sees what failed and the way on.
    console.error(`${this.props.title}:`, error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="error-panel view-failed" role="alert">
        <h2>{this.props.title}</h2>
        <p>{this.props.body}</p>
        {this.props.actions && <div className="error-actions">{this.props.actions}</div>}
      </section>
    );
  }
}
