import { useId, type ChangeEvent, type FormEvent } from 'react';
import { RiskField } from './RiskField';
import { RiskProgress } from './RiskProgress';
import { useRisk } from '../../state/risk-store-instance';

/** The imported price history: a file input, the file in use, and its problems by row and column. */
function HistoryImport() {
  const history = useRisk((s) => s.history);
  const setHistory = useRisk((s) => s.setHistory);
  const errors = useRisk((s) => s.errors);
  const problems = errors.filter((e) => e.path.startsWith('history'));
  const id = useId();
  const hintId = useId();
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setHistory({ fileName: file.name, text: await file.text() });
    // The same file chosen again (after an edit on disk) must fire a change.
    input.value = '';
  };
  return (
    <div className="risk-history">
      <label htmlFor={id}>Historical prices (CSV)</label>
      <input id={id} type="file" accept=".csv,text/csv,text/plain" aria-describedby={hintId} data-testid="risk-history-file" onChange={(e) => void onFile(e)} />
      <span id={hintId} className="risk-field__hint">
        A header <code>date,BTC,ETH,…</code> then one row of prices per date; for historical simulation.
      </span>
      {history ? (
        <p className="small">
          Using <strong>{history.fileName}</strong>.{' '}
          <button type="button" className="button button--quiet" onClick={() => setHistory(null)}>
            Remove
          </button>
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul className="field__error risk-history__problems">
          {problems.slice(0, 8).map((p) => (
            <li key={`${p.path}:${p.message}`}>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Confidence, horizon, scenarios, seed and distribution; Run, and while it runs, progress and Cancel. */
export function RiskSettings() {
  const form = useRisk((s) => s.form);
  const setForm = useRisk((s) => s.setForm);
  const run = useRisk((s) => s.run);
  const running = useRisk((s) => s.running !== null);
  const message = useRisk((s) => s.message);
  const distributionId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) void run();
  };
  return (
    <form className="risk-settings" onSubmit={submit} aria-label="Risk settings" noValidate>
      <div className="risk-settings__fields">
        <RiskField label="Confidence (%)" path="risk.confidence" value={form.confidence} onChange={(t) => setForm({ confidence: t })} hint="99 for 99%" testId="risk-confidence" />
        <RiskField label="Horizon (days)" path="risk.horizonDays" value={form.horizonDays} onChange={(t) => setForm({ horizonDays: t })} hint="σ scales by √(days ÷ 365)" />
        <RiskField label="Scenarios" path="risk.scenarios" value={form.scenarios} onChange={(t) => setForm({ scenarios: t })} hint="1,000 to 5,000,000" testId="risk-scenarios" />
        <RiskField label="Seed" path="risk.seed" value={form.seed} onChange={(t) => setForm({ seed: t })} hint="same seed, same figures" />
        <div className="risk-field">
          <label htmlFor={distributionId}>Distribution</label>
          <select id={distributionId} className="select" value={form.distribution} onChange={(e) => setForm({ distribution: e.target.value === 't' ? 't' : 'normal' })}>
            <option value="normal">normal</option>
            <option value="t">Student-t</option>
          </select>
        </div>
        {form.distribution === 't' ? (
          <RiskField label="Degrees of freedom ν" path="risk.dof" value={form.dof} onChange={(t) => setForm({ dof: t })} hint="more than 2; 4 has fat tails" />
        ) : null}
      </div>
      <HistoryImport />
      <div className="inline-form">
        <button type="submit" className="button button--primary" disabled={running} data-testid="risk-run">
          {running ? 'Running…' : 'Run'}
        </button>
        <span className="muted small">On the portfolio at today’s prices; the what-if moves are not applied.</span>
      </div>
      <RiskProgress />
      <p className={`risk-message${message?.tone === 'error' ? ' risk-message--error' : ''}`} role="status" data-testid="risk-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
