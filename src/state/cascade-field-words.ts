import { allFields, type FieldSpec, type ScenarioDocument, type Unit } from './cascade-scenario-form';

// The engine names a problem by its JSON path (crowd.count); the page names it as the screen does
// ("Traders"), so a teacher reads words, not field paths.

const WORDS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  crowd: 'crowd',
  market: 'market',
  rules: 'rules',
  shock: 'shock',
  steps: 'steps',
  portfolio: 'your portfolio',
  criticalShock: 'critical shock',
});

/** "depthPerPercent" → "depth per percent". */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The name of the field at `path`: its box's label when the form has one, else the path in words ("market › BTC › impact › model"). */
export function fieldName(path: string, fields: readonly FieldSpec[]): string {
  const box = fields.find((f) => f.path === path);
  if (box) return box.label;
  if (path === '' || path === '(file)') return 'The scenario';
  const parts = path
    .replace(/\[(\d+)\]/g, (_, n: string) => `.#${Number(n) + 1}`)
    .replace(/\["([^"]*)"\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((key, i) => (i === 0 ? (Object.hasOwn(WORDS, key) ? WORDS[key]! : words(key)) : /^[A-Z0-9_#-]+$/.test(key) ? key : words(key)));
  const text = parts.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A scenario problem as a line the teacher reads: "Traders: must be at least 1". */
export function problemLine(path: string, message: string, doc: ScenarioDocument): string {
  return `${fieldName(path, allFields(doc))}: ${message}`;
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * What is wrong with a box's text as typed, before any run: not a number, a fraction where a whole
 * number is needed, or no traders at all. Null when the text may go to the engine, which checks
 * the rest (ranges that depend on other fields).
 */
export function typedProblem(field: FieldSpec, text: string): string | null {
  if (text.trim() === '') return field.placeholder ? null : 'required';
  if (!NUMBER.test(text)) return 'type a number, such as 12 or 0.5';
  const value = Number(text);
  const integer: Unit = 'integer';
  if (field.unit === integer && !Number.isInteger(value)) return 'a whole number';
  if (field.path === 'crowd.count' && value < 1) return 'at least 1 trader (a crowd of 0 cannot cascade)';
  if ((field.unit === 'money' || field.unit === 'times') && value < 0) return 'must not be negative';
  return null;
}
