// Run and Cancel, what goes into the run (the user's portfolio, the margin comparison), progress,
// and the engine's problems with the scenario, each with its path and a way to its box.
import { useMemo } from 'react';
import { useApp } from '../../state/app-store';
import type { CascadeRunProgress } from '../../worker/cascade-api';
import { selectRuleKind, useCascade } from '../../state/cascade-store-instance';
import { useCascadeActions } from './use-cascade-actions';
import { placesPortfolio, sameRuleKind, scenarioRuleKind } from '../../state/cascade-placement';
import { fieldName } from '../../state/cascade-field-words';
import { allFields, applyEdits } from '../../state/cascade-scenario-form';
import { formatCount } from './tables';

function progressText(p: CascadeRunProgress | null): string {
  if (!p) return 'Building the crowd…';
  switch (p.phase) {
    case 'cascade':
      return `Cascade: step ${formatCount(p.done)}`;
    case 'critical-shock':
      return `Critical shock: cascade ${formatCount(p.done)} of about ${formatCount(p.total)}`;
    case 'isolated':
      return 'Margin comparison: the crowd with isolated margin…';
    case 'cross':
      return 'Margin comparison: the crowd with cross margin…';
  }
}

/** Opens the folded group a field is in and puts the focus there. */
function focusField(path: string): void {
  const input = document.querySelector<HTMLElement>(`.cascade-panel [data-path="${CSS.escape(path)}"]`);
  if (!input) return;
  const details = input.closest('details');
  if (details && !details.open) details.open = true;
  input.focus();
}

function Problems() {
  const errors = useCascade((s) => s.errors);
  const base = useCascade((s) => s.base);
  const fields = useMemo(() => allFields(base), [base]);
  const boxes = useMemo(() => new Set(fields.map((f) => f.path)), [fields]);
  if (errors.length === 0) return null;
  return (
    <ul className="cascade-problems" data-testid="cascade-problems">
      {errors.map((e) => (
        <li key={`${e.path}:${e.message}`}>
          {fieldName(e.path, fields)}: {e.message}
          {e.path.startsWith('portfolio') ? <span className="muted"> (fix it in Build, or leave your portfolio out of the crowd)</span> : null}
          {boxes.has(e.path) ? (
            <>
              {' '}
              <button type="button" className="button button--quiet cascade-problems__go" onClick={() => focusField(e.path)}>
                Go to the box
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function RunControls() {
  const ready = useCascade((s) => s.catalogue !== null);
  const running = useCascade((s) => s.running);
  const progress = useCascade((s) => s.progress);
  const choice = useCascade((s) => s.includePortfolio);
  // From the base document and the edits (not s.scenario(), which builds a copy on every store change, playback frames included).
  const base = useCascade((s) => s.base);
  const edits = useCascade((s) => s.edits);
  const scenarioKind = useMemo(() => scenarioRuleKind(applyEdits(base, edits)), [base, edits]);
  const bookKind = useApp(selectRuleKind);
  const includePortfolio = placesPortfolio(choice, scenarioKind, bookKind);
  const kindsDiffer = !sameRuleKind(scenarioKind, bookKind);
  const compareMargin = useCascade((s) => s.compareMargin);
  const message = useCascade((s) => s.message);
  const { setIncludePortfolio, setCompareMargin, runScenario, cancel } = useCascadeActions('setIncludePortfolio', 'setCompareMargin', 'runScenario', 'cancel');
  const portfolioName = useApp((s) => s.draft.name);
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className="cascade-run">
      <div className="cascade-checks">
        <label className="cascade-check">
          <input type="checkbox" checked={includePortfolio} onChange={(e) => setIncludePortfolio(e.target.checked)} />
          <span>
            Place my portfolio{portfolioName ? ` (“${portfolioName}”)` : ''} in the crowd
          </span>
        </label>
        {kindsDiffer ? (
          <p className="small muted" data-testid="cascade-placement-note">
            Your book is margined by {bookKind === 'lending' ? 'lending-pool' : 'exchange'} rules and this scenario by {scenarioKind === 'lending' ? 'lending-pool' : 'exchange'}{' '}
            rules, so it is not placed unless you tick the box.
          </p>
        ) : null}
        <label className="cascade-check">
          <input type="checkbox" checked={compareMargin} onChange={(e) => setCompareMargin(e.target.checked)} />
          <span>Also run the crowd with isolated and with cross margin, to compare</span>
        </label>
      </div>
      <div className="row-actions">
        <button type="button" className="button button--primary" disabled={!ready || running} onClick={() => void runScenario()}>
          Run cascade
        </button>
        {running ? (
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {running ? (
        <div className="cascade-progress" role="status" aria-live="polite">
          <progress max={1} value={fraction} aria-label="Cascade progress" />
          <span className="small">{progressText(progress)}</span>
        </div>
      ) : null}
      {message ? (
        <p className={`cascade-message cascade-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <Problems />
    </div>
  );
}
