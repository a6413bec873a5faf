import { useRisk } from '../../state/risk-store-instance';

const count = new Intl.NumberFormat('en-US');

/** The Monte Carlo's progress while it runs, with the button that stops it. */
export function RiskProgress() {
  const running = useRisk((s) => s.running);
  const done = useRisk((s) => s.progress?.done ?? 0);
  const total = useRisk((s) => s.progress?.total ?? 0);
  const cancel = useRisk((s) => s.cancel);
  if (!running) return null;
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const text = running === 'stress' ? 'Running the stress scenarios…' : `${count.format(done)} of ${count.format(total)} scenarios`;
  return (
    <div className="risk-progress" data-testid="risk-progress">
      <div
        className="risk-progress__track"
        role="progressbar"
        aria-label="Monte Carlo progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="risk-progress__bar" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span className="risk-progress__text small">{text}</span>
      <button type="button" className="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
