import { useId } from 'react';
import type { FieldError } from '../../engine';
import { useApp } from '../../state/app-store';
import { errorAt } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { FieldInput, FieldMessage } from './FieldInput';

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
export function TextField({ label, className, errors = bookErrors, numeric = false, ...input }: TextFieldProps) {
  const error = useApp((s) => errorAt(errors(s), input.path));
  const messageId = useId();
  return (
    <span className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <FieldInput {...input} aria-label={label} numeric={numeric} invalid={Boolean(error)} describedBy={error ? messageId : ''} />
      <FieldMessage id={messageId} error={error} />
    </span>
  );
}
