import type { LessonChange } from '../../state/lessons/lesson-schema';
import { formatAnswer } from '../../state/lessons/lesson-answer';
import type { AnswerFormat } from '../../state/lessons/lesson-schema';
import { controlText } from './control-text';
import type { TriedPoint } from './useLiveAnswer';

// The answers tried on this step, against the control: the class sees the shape of the relation as
// it explores. Plain SVG: a dozen points do not need the charting library in the Learn chunk.

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** An axis label: large amounts compact (169.4M), so they fit a phone's width; fractions as the answer shows them. */
function tick(value: number, format: AnswerFormat): string {
  if (format === 'move' || format === 'percent' || Math.abs(value) < 1_000) return formatAnswer(value, format);
  return `${value < 0 ? '−' : ''}${compact.format(Math.abs(value))}`;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 110, right: 16, top: 16, bottom: 40 };

export function AnswerChart({ change, points, current, format, question }: { change: LessonChange; points: TriedPoint[]; current: number; format: AnswerFormat; question: string }) {
  const [min, max] = change.kind === 'slider' ? [change.min, change.max] : [0, change.choices.length - 1];
  const values = points.map((p) => p.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const x = (position: number) => PAD.left + ((position - min) / (max - min || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - ((value - low) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.position).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const label = `${question} against ${change.label}: ${points.length} ${points.length === 1 ? 'value' : 'values'} tried`;
  return (
    <figure className="lesson-chart" data-testid="lesson-chart" aria-label={label}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <line className="lesson-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <line className="lesson-chart__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
        <text className="lesson-chart__tick" x={PAD.left - 8} y={y(high) + 4} textAnchor="end">{tick(high, format)}</text>
        <text className="lesson-chart__tick" x={PAD.left - 8} y={y(low) + 4} textAnchor="end">{tick(low, format)}</text>
        <text className="lesson-chart__tick" x={PAD.left} y={HEIGHT - 12} textAnchor="start">{controlText(change, min)}</text>
        <text className="lesson-chart__tick" x={WIDTH - PAD.right} y={HEIGHT - 12} textAnchor="end">{controlText(change, max)}</text>
        <line className="lesson-chart__current" x1={x(current)} x2={x(current)} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
        {points.length > 1 ? <path className="lesson-chart__line" d={path} /> : null}
        {points.map((p) => <circle key={p.position} className="lesson-chart__point" cx={x(p.position)} cy={y(p.value)} r={p.position === current ? 6 : 4} />)}
      </svg>
      <figcaption className="muted small">Each point is an answer the engine gave on this step; move the control to add more.</figcaption>
    </figure>
  );
}
