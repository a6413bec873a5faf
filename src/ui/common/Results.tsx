import type { ReactNode } from 'react';
import { useApp } from '../../state/app-store';
import { useLongRunning } from './useLongRunning';

/** Quick updates (a slider drag, an edit) must not flicker or repaint: figures dim only after this long. */
const DIM_AFTER_MS = 400;

interface FrameProps {
  pending: boolean;
  stale: boolean;
  /** What the figures are, for the stale note ("account figures"). */
  label: string;
  children: ReactNode;
}

/**
 * A region of figures, dimmed while a newer report is on its way. While the engine cannot
 * evaluate, the figures are the previous book's: they are marked stale in words, not only greyed,
 * and made inert, so nobody reads or uses them as the current book's.
 */
export function ResultsFrame({ pending, stale, label, children }: FrameProps) {
  const dimmed = useLongRunning(pending, DIM_AFTER_MS);
  const className = ['results', dimmed ? 'is-updating' : '', stale ? 'is-stale' : ''].filter(Boolean).join(' ');
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

/** ResultsFrame fed by the store; children do not re-render for a change of these two flags. */
export function Results({ children, label = 'figures' }: { children: ReactNode; label?: string }) {
  const pending = useApp((s) => s.main.pending);
  const stale = useApp((s) => s.engineProblem !== null);
  return (
    <ResultsFrame pending={pending} stale={stale} label={label}>
      {children}
    </ResultsFrame>
  );
}
