import type { ReactNode } from 'react';
import { useApp } from '../../state/app-store';

/**
 * A region of figures, dimmed while a newer report is on its way (children do not re-render for
 * it). While the engine cannot evaluate, the figures are the previous book's: they are marked
 * stale in words, not only greyed, so nobody reads them as the current book's.
 */
export function Results({ children, label = 'figures' }: { children: ReactNode; label?: string }) {
  const pending = useApp((s) => s.main.pending);
  const stale = useApp((s) => s.engineProblem !== null);
  const className = ['results', pending ? 'is-updating' : '', stale ? 'is-stale' : ''].filter(Boolean).join(' ');
  return (
    <div className={className} aria-busy={pending} data-stale={stale || undefined}>
      {stale ? (
        <p className="stale-note" role="note" data-testid="stale-note">
          Out of date: these {label} are from before the engine failed, not the current portfolio.
        </p>
      ) : null}
      <div className="results__body" inert={stale || undefined}>
        {children}
      </div>
    </div>
  );
}
