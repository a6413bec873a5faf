import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAnswer, readAnswer } from '../../../src/state/lessons/lesson-answer';
import { readAtPath, runInput, setAtPath } from '../../../src/state/lessons/lesson-run-input';
import { runStep } from '../../../src/state/lessons/lesson-runner';
import { parseLesson, type LessonStep } from '../../../src/state/lessons/lesson-schema';
import { inProcessEngines, loadLesson, sourceOf } from './in-process-engines';

const stepOf = (file: string, index: number): LessonStep => loadLesson(file).steps[index]!;

async function answerAt(step: LessonStep, position: number): Promise<number> {
  const outcome = await runStep(inProcessEngines, step, sourceOf(step), position);
  if (outcome.status !== 'answered' || !outcome.answer.ok) throw new Error(JSON.stringify(outcome));
  return outcome.answer.value;
}

describe('live answers against hand arithmetic', () => {
  it('haircuts: adjusted equity falls by the haircut times the coin held', async () => {
    // btc-basis-trade: 1 BTC at 90,000 + 5,000 USDC + the short's PnL (90,450 − 90,000) × 1 = 95,450 of equity.
    // With a haircut h the coin counts 90,000 × (1 − h): 95,450 − 90,000 h.
    const step = stepOf('haircuts.json', 0);
    expect(await answerAt(step, 0)).toBeCloseTo(95_450, 6);
    expect(await answerAt(step, 0.05)).toBeCloseTo(95_450 - 4_500, 6); // 90,950
    expect(await answerAt(step, 0.5)).toBeCloseTo(95_450 - 45_000, 6); // 50,450
  });

  it('stress testing: a custom ETH move costs 100 ETH × 3,000 × the move', async () => {
    // leveraged-long: long 100 ETH perpetual; BTC (isolated) is not moved. −20 % → 100 × 3,000 × 0.2 = 60,000 lost.
    const step = stepOf('stress-testing.json', 1);
    expect(await answerAt(step, -0.2)).toBeCloseTo(60_000, 6);
    expect(await answerAt(step, 0.5)).toBeCloseTo(-150_000, 6);
  });

  it('editing the book changes the answer: the same step on a book with twice the coins and cash', async () => {
    // The step reads its book: doubling the USDC balance to 10,000 adds 5,000 to the adjusted equity.
    const step = stepOf('haircuts.json', 0);
    const book = sourceOf(step);
    setAtPath(book, 'balances.USDC', '10000');
    const outcome = await runStep(inProcessEngines, step, book, 0);
    expect(outcome.status === 'answered' && outcome.answer.ok ? outcome.answer.value : null).toBeCloseTo(100_450, 6);
  });

  it('a book the engine refuses is a problem with its path, not a crash or NaN', async () => {
    const step = stepOf('haircuts.json', 0);
    const outcome = await runStep(inProcessEngines, step, sourceOf(step), 2); // a haircut of 200 %
    expect(outcome.status).toBe('problem');
    expect(outcome.status === 'problem' ? outcome.problems.join(' ') : '').toMatch(/overrides\.BTC\.haircut/);
  });
});

describe('reading and writing paths', () => {
  it('a step writes its scene edits, then the control, into a copy of the book', () => {
    const step = stepOf('solvency-delta-and-dynamic-margin.json', 0);
    const book = sourceOf(step);
    const input = runInput(step, book, 2.5);
    expect(input.document.rules).toBe('portfolio');
    expect(readAtPath(input.options, 'regime.volatilityMultiplier')).toBe(2.5);
    expect(book.rules).toBe('generic-cex');
  });

  it('decimal fields are written as decimal strings', () => {
    const input = runInput(stepOf('tiered-leverage.json', 0), sourceOf(stepOf('tiered-leverage.json', 0)), 300);
    expect(readAtPath(input.document, 'positions.0.quantity')).toBe('300');
  });

  it('`@name` finds a list item by id, asset or name; inherited names are never found', () => {
    const report = { stress: [{ id: 'ftx-2022', loss: '5' }], assets: [{ asset: 'ETH', requirement: '7' }] };
    expect(readAtPath(report, 'stress.@ftx-2022.loss')).toBe('5');
    expect(readAtPath(report, 'assets.@ETH.requirement')).toBe('7');
    expect(readAtPath(report, 'stress.@constructor')).toBeUndefined();
    expect(readAtPath({}, 'constructor')).toBeUndefined();
    expect(readAtPath({}, 'toString')).toBeUndefined();
  });

  it('property: what is written at a path is read back, and Object.prototype is never touched', () => {
    const segment = fc.oneof(fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'BTC/ETH'), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/));
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.double({ noNaN: true }), (segments, value) => {
      const root: Record<string, unknown> = {};
      const path = segments.join('.');
      if (segments.some((s) => s === 'constructor')) {
        expect(() => setAtPath(root, path, value)).toThrow(/constructor/);
      } else {
        setAtPath(root, path, value);
        expect(readAtPath(root, path)).toBe(value);
      }
      expect(Object.keys(Object.prototype)).toEqual([]);
    }));
  });
});

describe('the lesson schema', () => {
  const valid = () => JSON.parse(JSON.stringify({ format: 'margin-lab/lesson', version: 1, id: 'x', title: 'T', concept: 'C', summary: 'S', steps: [loadLesson('haircuts.json').steps[0]] })) as Record<string, unknown>;

  it('accepts a minimal lesson', () => {
    expect(parseLesson(valid()).ok).toBe(true);
  });

  it.each([
    ['a path through __proto__', 'steps.0.question.answer', 'account.__proto__.x', 'steps[0].question.answer'],
    ['a change outside book and options', 'steps.0.change.path', 'window.location', 'steps[0].change'],
    ['a slider starting outside its range', 'steps.0.change.value', 9, 'steps[0].change'],
    ['an example outside public/examples', 'steps.0.source', { example: '../secret.json' }, 'steps[0].source'],
    ['an unknown format of answer', 'steps.0.question.format', 'euros', 'steps[0].question.format'],
    ['no steps', 'steps', [], 'steps'],
  ])('refuses %s, naming the field', (_, field, value, path) => {
    const lesson = valid();
    setAtPath(lesson, field, value);
    const parsed = parseLesson(lesson);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toContainEqual(expect.stringContaining(path));
  });
});

describe('answer formats', () => {
  it('shows fractions as percents and money to the cent', () => {
    expect(formatAnswer(-0.0612, 'move')).toBe('−6.12 %');
    expect(formatAnswer(0.99, 'percent')).toBe('99.00 %');
    expect(formatAnswer(1234.5, 'money')).toBe('1,234.50');
    expect(formatAnswer(1.23456, 'ratio')).toBe('1.235');
    expect(formatAnswer(-0.9919, 'number')).toBe('−0.9919');
    expect(formatAnswer(-150_000, 'money')).toBe('−150,000.00');
  });

  it('a null field is explained, a missing one named; neither is NaN', () => {
    expect(readAnswer({ account: { healthFactor: null } }, 'account.healthFactor', 'ratio')).toMatchObject({ ok: false, message: expect.stringMatching(/none for this book/) });
    expect(readAnswer({}, 'account.healthFactor', 'ratio')).toMatchObject({ ok: false, message: expect.stringMatching(/account\.healthFactor/) });
    expect(readAnswer({ a: '12.5' }, 'a', 'money')).toEqual({ ok: true, value: 12.5, text: '12.50' });
  });
});
