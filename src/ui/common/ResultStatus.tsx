import { useApp } from '../../state/app-store';
import { describeErrors } from '../../state/documents';

/**
 * Whether the figures on the page are current: updating, or the last valid ones while the book has
 * problems (each named by row and field as the table shows them, so that a problem outside any
 * cell is seen too).
 */
export function ResultStatus() {
  const pending = useApp((s) => s.main.pending);
  const errors = useApp((s) => s.main.errors);
  const positions = useApp((s) => s.draft.positions);
  const hasReport = useApp((s) => s.main.report !== null);
  const lines = describeErrors(errors, 12, { positions });
  const count = new Set(errors.map((e) => `${e.path}: ${e.message}`)).size;
  return (
    <div className="result-status" data-testid="result-status">
      <p className="result-status__line" role="status" aria-live="polite">
        {pending ? <span className="badge badge--updating">Updating…</span> : null}
        {!hasReport && !pending && errors.length === 0 ? 'Waiting for the engine…' : null}
      </p>
      {errors.length > 0 ? (
        <div className="notice notice--error" data-testid="portfolio-errors">
          <div>
            <p className="notice__title">
              {count === 1 ? '1 problem' : `${count} problems`} in the portfolio.{' '}
              {hasReport ? 'The figures shown are from the last valid version.' : 'Fix it to see the figures.'}
            </p>
            <ul className="notice__details">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
}
