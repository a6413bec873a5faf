import { useId } from 'react';
import type { FieldError } from '../../engine';
import { useApp } from '../../state/app-store';
import { errorAt } from '../../state/selectors';
import type { AppState } from '../../state/store';

interface TextFieldProps {
  /** The accessible name: what the field is, for whom ("quantity of btc-perp"). */
  label: string;
  value: string;
  /** The engine's path for this field (positions[2].strike): its message shows under the input. */
  path: string;
  onChange: (text: string) => void;
  numeric?: boolean;
  placeholder?: string;
  className?: string;
  /** Where the messages come from: the book (default) or the previewed trade. */
  errors?: (state: AppState) => readonly FieldError[];
}

const bookErrors = (s: AppState) => s.main.errors;

/** An input that keeps whatever the user typed and shows the engine's message for its path. */
export function TextField({ label, value, path, onChange, numeric = false, placeholder, className, errors = bookErrors }: TextFieldProps) {
  const error = useApp((s) => errorAt(errors(s), path));
  const messageId = useId();
  return (
    <span className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <input
        type="text"
        aria-label={label}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
        data-path={path}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span id={messageId} className="field__error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
