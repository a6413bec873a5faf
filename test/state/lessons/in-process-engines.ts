import { evaluate } from '../../../src/worker/api';
import { createCascadeApi } from '../../../src/worker/cascade-api';
import { createRiskApi } from '../../../src/worker/risk-api';
import type { LessonEngines } from '../../../src/state/lessons/lesson-runner';
import { parseLesson, type Lesson } from '../../../src/state/lessons/lesson-schema';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The worker APIs the browser calls, called in-process: a lesson's answer here is the answer the
// player shows.

export const inProcessEngines: LessonEngines = {
  evaluate: (portfolio, options) => Promise.resolve(evaluate(portfolio, options).value),
  risk: (portfolio, options, settings) => createRiskApi(() => Promise.resolve()).run(portfolio, options, undefined, settings),
  cascade: (scenario, settings) => Promise.resolve(createCascadeApi().run(scenario, settings)),
};

export const PUBLIC = fileURLToPath(new URL('../../../public', import.meta.url));

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

export const lessonFiles = (): string[] => readdirSync(join(PUBLIC, 'lessons')).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();

export function loadLesson(file: string): Lesson {
  const parsed = parseLesson(readJson(join(PUBLIC, 'lessons', file)));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.value;
}

export function sourceOf(step: Lesson['steps'][number]): Record<string, unknown> {
  return 'example' in step.source ? (readJson(join(PUBLIC, 'examples', step.source.example)) as Record<string, unknown>) : step.source.inline;
}
