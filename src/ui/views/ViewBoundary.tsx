import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The view's name as the nav shows it ("Risk"). */
  name: string;
  /** Put the view's own settings back to their start (never the portfolio). */
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped on reset so the view mounts afresh. */
  generation: number;
}

/**
 * Keeps a failing view from taking the page down: the header, the nav, the other views and the
 * portfolio stay, and the reader may reset this view. The portfolio is never offered for deletion:
 * it is not what failed, and it is the one thing the user cannot get back.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the page itself says what happened in words.
    console.warn(`The ${this.props.name} view failed:`, error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render() {
    const { error, generation } = this.state;
    if (error) {
      return (
        <section className="notice notice--error view-failed" role="alert" data-testid="view-failed">
          <div>
            <p className="notice__title">The {this.props.name} view stopped working. Your portfolio is kept and the other views still work.</p>
            <p className="notice__details">What went wrong: {error.message || 'an unexpected error'}.</p>
            <button type="button" className="button button--primary" onClick={this.reset}>
              Reset the {this.props.name} view
            </button>
          </div>
        </section>
      );
    }
    return (
      <div key={generation} className="view">
        {this.props.children}
      </div>
    );
  }
}
