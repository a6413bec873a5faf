import { CASCADE_PRESETS, compareMargins, CRITICAL_SHOCK_DEFINITION, parseCascadeScenario, simulateCascade, STRESS_EVENTS } from '../engine/cascade/index';
import type { CascadeProgress, CascadeResult, CascadeScenarioInput, FieldError, MarginComparison, MarginComparisonProgress } from '../engine';

// The functions the cascade worker offers, apart from `cascade.worker.ts` so that Vitest (in Node)
// can call them directly. Only plain JSON crosses the boundary: the scenario document as the user
// wrote it (with the user's portfolio inline as `portfolio`), and the engine's result, which is
// JSON numbers throughout. A run is one synchronous sweep here; the page cancels it by
// terminating this worker, so nothing in it needs to yield.

/** The classroom presets, the named stress events and the critical shock's definition, for the panel's pickers. */
export interface CascadeCatalogue {
  presets: { id: string; title: string; lesson: string; scenario: CascadeScenarioInput }[];
  events: { id: string; title: string; moves: Record<string, number>; liquidations: string; source: string }[];
  criticalShockDefinition: string;
}

/** Where a run is: the engine's own phases, then the two runs of the margin comparison. */
export interface CascadeRunProgress {
  phase: CascadeProgress['phase'] | MarginComparisonProgress['phase'];
  done: number;
  total: number;
}

/** Called as the run goes; through comlink it is a proxy, so its answer is not awaited. */
export type CascadeProgressListener = (progress: CascadeRunProgress) => unknown;

export interface CascadeRunSettings {
  /** Also run the same crowd with every multi-asset trader isolated, then cross-margined. Default false. */
  compareMargin?: boolean;
}

/** The engine's comparison of the same crowd isolated and cross-margined; the run's `millis.comparison` times it. */
export type { MarginComparison };

export type CascadeRunResult =
  | { status: 'done'; result: CascadeResult; comparison: MarginComparison | null; millis: { cascade: number; comparison: number } }
  /** The scenario was refused: every problem with its path. */
  | { status: 'invalid'; errors: FieldError[] };

export type CascadeValidation = { ok: true } | { ok: false; errors: FieldError[] };

export interface CascadeApi {
  catalogue(): CascadeCatalogue;
  validate(scenario: unknown): CascadeValidation;
  run(scenario: unknown, settings?: CascadeRunSettings, onProgress?: CascadeProgressListener): CascadeRunResult;
}

function tell(listener: CascadeProgressListener | undefined, progress: CascadeRunProgress): void {
  if (!listener) return;
  // A proxy answers with a promise that rejects if the page has gone: nothing to do about it here.
  const answer = listener(progress);
  if (answer instanceof Promise) answer.catch(() => undefined);
}

export function createCascadeApi(): CascadeApi {
  return {
    catalogue() {
      return {
        presets: Object.entries(CASCADE_PRESETS).map(([id, preset]) => ({ id, title: preset.title, lesson: preset.lesson, scenario: structuredClone(preset.scenario) as CascadeScenarioInput })),
        events: Object.entries(STRESS_EVENTS).map(([id, event]) => ({ id, title: event.title, moves: { ...event.moves }, liquidations: event.liquidations, source: event.source })),
        criticalShockDefinition: CRITICAL_SHOCK_DEFINITION,
      };
    },
    validate(scenario) {
      const parsed = parseCascadeScenario(scenario);
      return parsed.ok ? { ok: true } : { ok: false, errors: parsed.errors };
    },
    run(scenario, settings = {}, onProgress) {
      const parsed = parseCascadeScenario(scenario);
      if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
      const started = performance.now();
      const result = simulateCascade(parsed.value, { onProgress: (p) => tell(onProgress, { ...p }) });
      const cascade = performance.now() - started;
      if (!settings.compareMargin) return { status: 'done', result, comparison: null, millis: { cascade, comparison: 0 } };
      const compareStarted = performance.now();
      const comparison = compareMargins(parsed.value, { onProgress: (p) => tell(onProgress, p) });
      const compared = comparison.status === 'done' ? performance.now() - compareStarted : 0;
      return { status: 'done', result, comparison, millis: { cascade, comparison: compared } };
    },
  };
}
