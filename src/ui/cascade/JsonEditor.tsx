// The scenario as its file: shows what the form has made, takes a pasted or edited scenario, and
// saves it for `npm run cascade`.
import { useId, useMemo, useState } from 'react';
import { downloadBlob } from '../charts/export';
import { slug } from '../charts/file-name';
import { useCascade } from '../../state/cascade-store-instance';
import { useCascadeActions } from './use-cascade-actions';
import { applyEdits } from '../../state/cascade-scenario-form';

export function JsonEditor() {
  const [open, setOpen] = useState(false);
  const base = useCascade((s) => s.base);
  const edits = useCascade((s) => s.edits);
  const jsonText = useCascade((s) => s.jsonText);
  const problem = useCascade((s) => s.jsonProblem);
  const { setJsonText, applyJson } = useCascadeActions('setJsonText', 'applyJson');
  const id = useId();
  const problemId = useId();
  // Only while open: a closed box need not print the document at every keystroke.
  const formText = useMemo(() => (open ? JSON.stringify(applyEdits(base, edits), null, 2) : ''), [open, base, edits]);
  const text = jsonText ?? formText;

  const save = () => {
    const name = typeof base.name === 'string' ? base.name : 'scenario';
    downloadBlob(new Blob([`${text}\n`], { type: 'application/json' }), `cascade-${slug(name)}.json`);
  };

  return (
    <details className="cascade-group" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Scenario file (JSON)</summary>
      {open ? (
        <div className="cascade-json">
          <label htmlFor={id} className="small muted">
            The scenario the form describes, in the format of <code>npm run cascade</code> (see the cascade README). Edit or paste one, then use it. Your
            portfolio is added at Run when the box below is ticked.
          </label>
          <textarea
            id={id}
            className="input cascade-json__text"
            value={text}
            rows={14}
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setJsonText(e.target.value)}
          />
          {problem ? (
            <p id={problemId} className="field__error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="row-actions">
            <button type="button" className="button" disabled={jsonText === null} onClick={applyJson}>
              Use this JSON
            </button>
            <button type="button" className="button button--quiet" disabled={jsonText === null} onClick={() => setJsonText(null)}>
              Discard changes
            </button>
            <button type="button" className="button button--quiet" onClick={save}>
              Save scenario file
            </button>
          </div>
        </div>
      ) : null}
    </details>
  );
}
