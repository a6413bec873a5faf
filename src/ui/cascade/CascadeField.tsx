// One box of the scenario form: its label, unit, hint, and the engine's message for its path.
import { useId } from 'react';
import { useCascade } from '../../state/cascade-store-instance';
import { typedProblem } from '../../state/cascade-field-words';
import { fieldMessage, fieldText, UNIT_SUFFIX, type FieldSpec } from '../../state/cascade-scenario-form';

export function CascadeField({ field }: { field: FieldSpec }) {
  const text = useCascade((s) => fieldText(s.base, s.edits, field));
  const engineError = useCascade((s) => s.errors.find((e) => e.path === field.path)?.message);
  // Checked as typed; the engine's message (after a run) covers what needs the other fields.
  const typed = useCascade((s) => (Object.hasOwn(s.edits, field.path) ? typedProblem(field, text) : null));
  const error = typed ?? (engineError === undefined ? undefined : fieldMessage(engineError, field.unit));
  const setText = useCascade((s) => s.setText);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const suffix = UNIT_SUFFIX[field.unit];
  const described = [field.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`cascade-field${error ? ' field--invalid' : ''}`}>
      <label className="cascade-field__label" htmlFor={inputId}>
        {field.label}
        {suffix ? <span className="cascade-field__unit"> ({suffix === '×' ? 'times' : suffix})</span> : null}
      </label>
      <span className="cascade-field__box">
        <input
          id={inputId}
          className="input"
          type="text"
          inputMode={field.unit === 'integer' ? 'numeric' : 'decimal'}
          value={text}
          placeholder={field.placeholder ? `${field.placeholder} (default)` : undefined}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          data-path={field.path}
          onChange={(e) => setText(field, e.target.value)}
        />
        {suffix ? (
          <span className="cascade-field__suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </span>
      {field.hint ? (
        <span id={hintId} className="cascade-field__hint">
          {field.hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error" data-error-path={field.path}>
          {field.label}: {error}
        </span>
      ) : null}
    </div>
  );
}
