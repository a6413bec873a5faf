import { z } from 'zod';

// The lesson file (`public/lessons/<id>.json`, format "margin-lab/lesson" version 1): a few steps,
// each on a book or a cascade scenario, with one thing to change and a question the engine answers
// live. Kept in src/state because it needs only the report's fields, not the engine's code: the
// player, the tests and a command line read lessons through `parseLesson`.

// Zod probes `new Function` unless told not to, which the app's Content-Security-Policy refuses.
z.config({ jitless: true });

/** A lesson's id and a file name at once: lowercase words joined by hyphens. */
const lessonId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and hyphens (“tiered-leverage”)' }).max(60);
/** A file of public/examples: a plain name, so a lesson cannot point the app elsewhere. */
const exampleFile = z.string().regex(/^[\w.-]+\.json$/, { error: 'must be a file name in public/examples (“leveraged-long.json”)' });
/** Dotted path segments: names or list indices; `__proto__`, `constructor` and `prototype` are refused. */
const dottedPath = (roots: readonly string[]) =>
  z.string()
    .regex(/^[A-Za-z0-9_-]+(?:\.@?[A-Za-z0-9_/-]+)*$/, { error: 'must be a dotted path (“account.healthFactor”, “positions.0.quantity”, “stress.@ftx-2022.loss”)' })
    .refine((p) => !p.split('.').some((s) => s === '__proto__' || s === 'constructor' || s === 'prototype'), { error: 'must not name __proto__, constructor or prototype' })
    .refine((p) => roots.length === 0 || roots.includes(p.split('.')[0]!), { error: `must start with ${roots.map((r) => `“${r}”`).join(' or ')}` });
const text = (max: number) => z.string().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });
const jsonValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** What a step runs: the main evaluation (a Report), the risk statistics (a RiskReport) or a cascade. */
const LESSON_RUNS = ['evaluate', 'risk', 'cascade'] as const;
export type LessonRun = (typeof LESSON_RUNS)[number];

/** How an answer is shown. `move` and `percent` are fractions (−0.06 shows as −6.00 %). */
const ANSWER_FORMATS = ['money', 'ratio', 'move', 'percent', 'count', 'number'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

/** The control's value is written at `path`: `book.…` into the file, `options.…` into the run's options. */
const changePath = dottedPath(['book', 'options']);

const sliderSchema = z.strictObject({
  kind: z.literal('slider'),
  label: text(80),
  path: changePath,
  min: z.number(),
  max: z.number(),
  step: z.number().positive({ error: 'must be more than 0' }),
  value: z.number(),
  /** How the slider reads: a fraction as a percent, a multiplier, money, or a plain number. */
  shows: z.enum(['percent', 'multiplier', 'money', 'number']).default('number'),
  /** Decimal fields of a book (quantities, balances) are strings in the file. */
  writeAs: z.enum(['number', 'decimal']).default('number'),
}).refine((s) => s.min < s.max && s.value >= s.min && s.value <= s.max, { error: 'needs min < max and min ≤ value ≤ max' });

const choiceSchema = z.strictObject({
  kind: z.literal('choice'),
  label: text(80),
  path: changePath,
  choices: z.array(z.strictObject({ label: text(60), value: jsonValue })).min(2, { error: 'needs at least two choices' }).max(6),
  /** The index of the choice the step starts on. */
  value: z.number().int().min(0),
}).refine((c) => c.value < c.choices.length, { error: 'value must be the index of one of the choices' });

const lessonStepSchema = z.strictObject({
  title: text(80),
  /** A few sentences; the text says that the answer follows the book. */
  text: text(800),
  runs: z.enum(LESSON_RUNS),
  /** The book (runs evaluate / risk) or the cascade scenario (runs cascade): a file of public/examples, or inline. */
  source: z.union([z.strictObject({ example: exampleFile }), z.strictObject({ inline: z.record(z.string(), z.unknown()) })]),
  /** Edits made before the change, to set the scene (a smaller Monte Carlo, no critical-shock search). */
  set: z.array(z.strictObject({ path: changePath, value: z.json() })).max(10).default([]),
  /** The one thing to change. */
  change: z.union([sliderSchema, choiceSchema]),
  question: z.strictObject({
    text: text(200),
    /** Where the answer is in the run's output: a Report, a RiskReport or `{ result, comparison }`. */
    answer: dottedPath([]),
    format: z.enum(ANSWER_FORMATS),
    /** What the answer means, shown under it. */
    explains: text(400).optional(),
  }),
});

const lessonSchema = z.strictObject({
  format: z.literal('margin-lab/lesson', { error: 'must be "margin-lab/lesson"' }),
  version: z.literal(1, { error: 'must be 1 (the only version this build reads)' }),
  id: lessonId,
  title: text(80),
  concept: text(80),
  summary: text(400),
  steps: z.array(lessonStepSchema).min(1, { error: 'needs at least one step' }).max(12, { error: 'must have at most 12 steps' }),
});

const lessonIndexSchema = z.array(z.strictObject({ id: lessonId, title: text(80), concept: text(80), summary: text(400) })).max(100);

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonStep = Lesson['steps'][number];
export type LessonChange = LessonStep['change'];
export type LessonIndexEntry = z.infer<typeof lessonIndexSchema>[number];

export interface LessonProblem { path: string; message: string }
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: LessonProblem[] };

const problems = (error: z.ZodError): LessonProblem[] =>
  error.issues.map((issue) => ({ path: issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(file)', message: issue.message }));

/** A lesson file, or every problem with its path (`steps[2].change.max: …`). */
export function parseLesson(value: unknown): Parsed<Lesson> {
  const parsed = lessonSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error) };
}

export function parseLessonIndex(value: unknown): Parsed<LessonIndexEntry[]> {
  const parsed = lessonIndexSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error) };
}
