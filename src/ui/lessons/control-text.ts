import { formatAnswer } from '../../state/lessons/lesson-answer';
import type { LessonChange } from '../../state/lessons/lesson-schema';

/** The control's current setting in words: “−4.00 %”, “× 2.00”, “10,000,000.00”, or the choice's label. */
export function controlText(change: LessonChange, position: number): string {
  if (change.kind === 'choice') return change.choices[position]?.label ?? '';
  switch (change.shows) {
    case 'percent': return formatAnswer(position, change.min < 0 ? 'move' : 'percent');
    case 'multiplier': return `× ${formatAnswer(position, 'ratio').replace(/0$/, '')}`;
    case 'money': return formatAnswer(position, 'money');
    case 'number': return Number.isInteger(change.step) ? formatAnswer(position, 'count') : formatAnswer(Number(position.toFixed(6)), 'number').replace(/\.?0+$/, '');
  }
}
