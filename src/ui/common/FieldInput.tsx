import type { InputHTMLAttributes } from 'react';

type Passed = Pick<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-label' | 'className' | 'placeholder'> & { 'data-testid'?: string | undefined };

interface FieldInputProps extends Passed {
  value: string;
  /** The engine's path for this field (positions[2].strike, risk.confidence): tests and messages find it by this. */
  path: string;
  onChange: (text: string) => void;
  numeric: boolean;
  invalid: boolean;
  /** Ids of the hint and the message, space-separated; empty when there are none. */
  describedBy: string;
}

/**
 * The text input of every field: it keeps exactly what the user typed (a half-typed "0." stays),
 * asks for the decimal keypad for numbers, and says when the engine rejected it.
 */
export function FieldInput({ value, path, onChange, numeric, invalid, describedBy, ...passed }: FieldInputProps) {
  return (
    <input
      {...passed}
      type="text"
      value={value}
      inputMode={numeric ? 'decimal' : undefined}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy || undefined}
      data-path={path}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** The engine's message for a field, under it; nothing when the field is valid. */
export function FieldMessage({ id, error }: { id: string; error: string | null | undefined }) {
  return error ? (
    <span id={id} className="field__error">
      {error}
    </span>
  ) : null;
}
