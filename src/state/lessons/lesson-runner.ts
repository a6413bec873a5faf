import type { CascadeRunResult, CascadeRunSettings } from '../../worker/cascade-api';
import type { RiskRunResult, RiskRunSettings } from '../../worker/risk-api';
import type { EvaluateOptions, EvaluateResult, RiskOptions } from '../../engine';
import { readAnswer, type LessonAnswer } from './lesson-answer';
import { runInput } from './lesson-run-input';
import type { LessonStep } from './lesson-schema';

// One step, run: its input built, sent to the engine that answers it, and the question's field read
// from what came back. The engines are passed in, so the browser uses its workers and the tests call
// the same worker APIs in-process.

/** The three engines a lesson may ask; each answers with a value or a failure, never throws. */
export interface LessonEngines {
  evaluate(portfolio: unknown, options: EvaluateOptions): Promise<EvaluateResult | { failed: string }>;
  risk(portfolio: unknown, options: RiskOptions, settings: RiskRunSettings): Promise<RiskRunResult | { status: 'failed'; message: string }>;
  cascade(scenario: unknown, settings: CascadeRunSettings): Promise<CascadeRunResult | { status: 'cancelled' } | { status: 'failed'; message: string }>;
}

export type StepOutcome =
  | { status: 'answered'; answer: LessonAnswer; output: unknown }
  /** The book, scenario or options were refused, or the engine stopped: each problem in a sentence. */
  | { status: 'problem'; problems: string[] }
  /** A newer run took its place. */
  | { status: 'superseded' };

const described = (errors: { path: string; message: string }[]) => errors.map((e) => `${e.path}: ${e.message}`);

/** Run a step with its control at `position` and read the question's answer. */
export async function runStep(engines: LessonEngines, step: LessonStep, source: Record<string, unknown>, position: number): Promise<StepOutcome> {
  let input;
  try {
    input = runInput(step, source, position);
  } catch (error) {
    return { status: 'problem', problems: [error instanceof Error ? error.message : String(error)] };
  }
  const answer = (output: unknown): StepOutcome => ({ status: 'answered', answer: readAnswer(output, step.question.answer, step.question.format), output });
  if (step.runs === 'evaluate') {
    const result = await engines.evaluate(input.document, input.options as EvaluateOptions);
    if ('failed' in result) return result.failed === 'stale' ? { status: 'superseded' } : { status: 'problem', problems: [result.failed] };
    return result.ok ? answer(result.report) : { status: 'problem', problems: described(result.errors) };
  }
  if (step.runs === 'risk') {
    // The Monte Carlo runs only when the question asks for it: the parametric figures are instant.
    const result = await engines.risk(input.document, input.options as RiskOptions, { monteCarlo: step.question.answer.startsWith('monteCarlo.') });
    if (result.status === 'done') return answer(result.report);
    if (result.status === 'invalid') return { status: 'problem', problems: described(result.errors) };
    return result.status === 'cancelled' ? { status: 'superseded' } : { status: 'problem', problems: [result.message] };
  }
  // A preset's `portfolio` names the user's book beside it; a lesson runs the crowd alone.
  if (typeof input.document.portfolio === 'string') delete input.document.portfolio;
  const result = await engines.cascade(input.document, { compareMargin: input.options.compareMargin === true });
  if (result.status === 'done') return answer({ result: result.result, comparison: result.comparison });
  if (result.status === 'invalid') return { status: 'problem', problems: described(result.errors) };
  return result.status === 'cancelled' ? { status: 'superseded' } : { status: 'problem', problems: [result.message] };
}
