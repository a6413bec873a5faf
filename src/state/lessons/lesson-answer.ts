import type { AnswerFormat } from './lesson-schema';
import { readAtPath } from './lesson-run-input';

// The live answer: a field of what the engine returned, read by the question's path. Reports give
// money as decimal strings and ratios as numbers; both are shown, neither is recomputed here.

export type LessonAnswer = { ok: true; value: number; text: string } | { ok: false; message: string };

const groups = (x: number, digits: number) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A number as the question's format shows it (fractions as percents, money to the cent), with a true minus sign. */
export function formatAnswer(value: number, format: AnswerFormat): string {
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : format === 'move' && value > 0 ? '+' : '';
  switch (format) {
    case 'money': return `${sign}${groups(size, 2)}`;
    case 'ratio': return `${sign}${groups(size, 3)}`;
    case 'move': return `${sign}${groups(size * 100, 2)} %`;
    case 'percent': return `${sign}${groups(size * 100, 2)} %`;
    case 'count': return `${sign}${groups(size, 0)}`;
    case 'number': return `${sign}${groups(size, 4)}`;
  }
}

/** The answer at `path` in `output`, or why there is none (a null the report explains, a missing field). */
export function readAnswer(output: unknown, path: string, format: AnswerFormat): LessonAnswer {
  const raw = readAtPath(output, path);
  if (raw === null) return { ok: false, message: 'none for this book (the report gives no value here: no requirement, no debt, or no crossing)' };
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `the report has no number at ${path}` };
  return { ok: true, value, text: formatAnswer(value, format) };
}
