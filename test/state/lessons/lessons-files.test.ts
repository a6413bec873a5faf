import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep } from '../../../src/state/lessons/lesson-runner';
import { parseLesson, parseLessonIndex } from '../../../src/state/lessons/lesson-schema';
import { inProcessEngines, lessonFiles, loadLesson, PUBLIC, readJson, sourceOf } from './in-process-engines';

// Every shipped lesson validates, is listed, and each step's question is answered by the engine
// with a finite number that follows the control: the "live answer" is not a constant.

const CONCEPTS = [
  'netting-and-correlation', 'haircuts', 'tiered-leverage', 'liquidation-delay-and-oracle-lag', 'collateral-top-up',
  'solvency-delta-and-dynamic-margin', 'margin-call-spiral', 'account-contagion', 'stress-testing',
  'var-and-expected-shortfall', 'portfolio-margin-risk-matrix',
];

describe('the lesson files', () => {
  const files = lessonFiles();

  it('one lesson per concept of issue 13, each file named by its id', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...CONCEPTS].sort());
    for (const file of files) expect(`${loadLesson(file).id}.json`).toBe(file);
  });

  it('the index lists every lesson once, with the title and concept of its file', () => {
    const index = parseLessonIndex(readJson(join(PUBLIC, 'lessons', 'index.json')));
    if (!index.ok) throw new Error(JSON.stringify(index.errors));
    expect(index.value.map((e) => `${e.id}.json`).sort()).toEqual(files);
    for (const entry of index.value) {
      const lesson = loadLesson(`${entry.id}.json`);
      expect([entry.title, entry.concept]).toEqual([lesson.title, lesson.concept]);
    }
  });

  it.each(files)('%s validates against the lesson schema', (file) => {
    const parsed = parseLesson(readJson(join(PUBLIC, 'lessons', file)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it.each(files)('%s: every step says the answer is live and runs on a file that exists', (file) => {
    for (const step of loadLesson(file).steps) {
      expect(step.text).toMatch(/live/i);
      expect(() => sourceOf(step)).not.toThrow();
    }
  });

  // Cascades take a second or so each on this machine: three positions per step is enough to see the answer move.
  it.each(files)('%s: each step answers with a number, and the answer follows the control', { timeout: 60_000 }, async (file) => {
    for (const [i, step] of loadLesson(file).steps.entries()) {
      const change = step.change;
      const positions = change.kind === 'slider' ? [change.min, change.value, change.max] : change.choices.map((_, k) => k);
      const values: number[] = [];
      for (const position of positions) {
        const outcome = await runStep(inProcessEngines, step, sourceOf(step), position);
        if (outcome.status !== 'answered') throw new Error(`step ${i + 1} at ${position}: ${JSON.stringify(outcome)}`);
        if (!outcome.answer.ok) throw new Error(`step ${i + 1} at ${position}: ${outcome.answer.message}`);
        expect(Number.isFinite(outcome.answer.value)).toBe(true);
        expect(outcome.answer.text).not.toMatch(/NaN|Infinity/);
        values.push(outcome.answer.value);
      }
      expect(new Set(values).size, `step ${i + 1} of ${file}: the answer did not change with “${change.label}”`).toBeGreaterThan(1);
    }
  });
});
