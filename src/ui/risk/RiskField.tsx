import { useId, type ReactNode } from 'react';
import { errorAt } from '../../state/selectors';
import { useRisk } from '../../state/risk-store-instance';

interface RiskFieldProps {
  label: string;
  /** The option's path (risk.confidence): its message shows under the input. */
  path: string;
  value: string;
  onChange: (text: string) => void;
  hint?: ReactNode;
  numeric?: boolean;
  placeholder?: string;
  testId?: string;
}

/** A setting of the risk run: keeps what was typed, shows the message for its path. */
export function RiskField({ label, path, value, onChange, hint, numeric = true, placeholder, testId }: RiskFieldProps) {
  const error = useRisk((s) => errorAt(s.errors, path));
  const id = useId();
  const hintId = useId();
  const messageId = useId();
  const described = [hint ? hintId : '', error ? messageId : ''].filter(Boolean).join(' ');
  return (
    <div className={`risk-field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="text"
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        data-path={path}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <span id={hintId} className="risk-field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={messageId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
