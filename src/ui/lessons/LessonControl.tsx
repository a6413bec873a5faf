import { useId } from 'react';
import type { LessonChange } from '../../state/lessons/lesson-schema';
import { controlText } from './control-text';

/** The one thing a step changes: a slider or a set of choices, labelled as the step names it. */
export function LessonControl({ change, position, onChange }: { change: LessonChange; position: number; onChange: (position: number) => void }) {
  const id = useId();
  if (change.kind === 'choice') {
    return (
      <fieldset className="lesson-control lesson-control--choice" data-testid="lesson-control">
        <legend>{change.label}</legend>
        {change.choices.map((choice, index) => (
          <label key={choice.label} className="lesson-choice">
            <input type="radio" name={id} checked={index === position} onChange={() => onChange(index)} />
            {choice.label}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <div className="lesson-control" data-testid="lesson-control">
      <label htmlFor={id}>{change.label}</label>
      <input
        id={id}
        type="range"
        min={change.min}
        max={change.max}
        step={change.step}
        value={position}
        aria-valuetext={controlText(change, position)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output htmlFor={id} className="lesson-control__value" data-testid="lesson-control-value">{controlText(change, position)}</output>
    </div>
  );
}
