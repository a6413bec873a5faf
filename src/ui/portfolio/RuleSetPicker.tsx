import { useId } from 'react';
import { useApp } from '../../state/app-store';

/** Which venue's rules margin the book, with where those rules come from. */
export function RuleSetPicker() {
  const rules = useApp((s) => s.draft.rules);
  const ruleSets = useApp((s) => s.ruleSets);
  const setRules = useApp((s) => s.setRules);
  const selectId = useId();
  const current = ruleSets.find((r) => r.name === rules);
  const known = ruleSets.some((r) => r.name === rules);
  return (
    <div className="rule-set">
      <label htmlFor={selectId}>Rule set</label>
      <select id={selectId} className="select" value={rules} onChange={(e) => setRules(e.target.value)} data-testid="rule-set">
        {!known ? <option value={rules}>{rules}</option> : null}
        {ruleSets.map((r) => (
          <option key={r.name} value={r.name}>
            {r.title}
          </option>
        ))}
      </select>
      {current ? (
        <p className="rule-set__source">
          Source: {current.source} <span className="muted">({current.date})</span>
        </p>
      ) : null}
    </div>
  );
}
