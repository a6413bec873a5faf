import { useId, type ReactNode } from 'react';
import { errorAt } from '../../state/selectors';
import { useRisk } from '../../state/risk-store-instance';
import { FieldInput, FieldMessage } from '../common/FieldInput';

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
export function RiskField({ label, hint, numeric = true, testId, ...input }: RiskFieldProps) {
  const error = useRisk((s) => errorAt(s.errors, input.path));
  const id = useId();
  const hintId = useId();
  const messageId = useId();
  const described = [hint ? hintId : '', error ? messageId : ''].filter(Boolean).join(' ');
  return (
    <div className={`risk-field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldInput {...input} id={id} className="input" numeric={numeric} invalid={Boolean(error)} describedBy={described} data-testid={testId} />
      {hint ? (
        <span id={hintId} className="risk-field__hint">
          {hint}
        </span>
      ) : null}
      <FieldMessage id={messageId} error={error} />
    </div>
  );
}
