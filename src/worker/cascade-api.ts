import { CASCADE_PRESETS, CRITICAL_SHOCK_DEFINITION, parseCascadeScenario, simulateCascade, STRESS_EVENTS } from '../engine/cascade/index';
import type { CascadeProgress, CascadeResult, CascadeScenario, CascadeScenarioInput, FieldError } from '../engine';

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
  phase: CascadeProgress['phase'] | 'isolated' | 'cross';
  done: number;
  total: number;
}

/** Called as the run goes; through comlink it is a proxy, so its answer is not awaited. */
export type CascadeProgressListener = (progress: CascadeRunProgress) => unknown;

export interface CascadeRunSettings {
  /** Also run the same crowd with every multi-asset trader isolated, then cross-margined. Default false. */
  compareMargin?: boolean;
}

/** The same crowd with isolated and with cross margin (no critical-shock search in either). */
export type MarginComparison =
  | { status: 'done'; isolated: CascadeResult; cross: CascadeResult; millis: number }
  /** Nothing to compare: no account of the crowd holds more than one asset. */
  | { status: 'same-accounts'; reason: string };

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The scenario document with every multi-asset trader (and every cohort) margined one way, and
 * no critical-shock search: the same traders, drawn from the same seed, either way.
 */
export function withMargin(document: Record<string, unknown>, margin: 'isolated' | 'cross'): Record<string, unknown> {
  const crowd = isRecord(document.crowd) ? document.crowd : {};
  const cohorts = Array.isArray(crowd.cohorts) ? crowd.cohorts.map((c: unknown) => (isRecord(c) ? { ...c, margin } : c)) : undefined;
  return {
    ...document,
    crowd: { ...crowd, crossShare: margin === 'cross' ? 1 : 0, ...(cohorts ? { cohorts } : {}) },
    criticalShock: { ...(isRecord(document.criticalShock) ? document.criticalShock : {}), search: false },
  };
}

/** True when some account of the crowd holds several assets, so that isolating them changes anything. */
export function hasMultiAssetAccounts(scenario: CascadeScenario): boolean {
  const { crowd } = scenario;
  return (crowd.count > 0 && crowd.multiAssetShare > 0 && Object.keys(scenario.market).length > 1) || crowd.cohorts.some((c) => c.positions.length > 1);
}

function compare(document: Record<string, unknown>, scenario: CascadeScenario, onProgress?: CascadeProgressListener): MarginComparison {
  if (!hasMultiAssetAccounts(scenario)) {
    return {
      status: 'same-accounts',
      reason: 'no trader in this crowd holds more than one asset, so isolated and cross margin make the same accounts: raise the multi-asset share to see one liquidation spread across assets',
    };
  }
  const started = performance.now();
  const results: Partial<Record<'isolated' | 'cross', CascadeResult>> = {};
  for (const margin of ['isolated', 'cross'] as const) {
    const parsed = parseCascadeScenario(withMargin(document, margin));
    // The variants differ from a scenario that parsed only in fields known to be valid.
    if (!parsed.ok) throw new Error(`the ${margin} variant of the scenario does not parse: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    results[margin] = simulateCascade(parsed.value, {
      onProgress: (p) => tell(onProgress, { phase: margin, done: p.done, total: p.total }),
    });
  }
  return { status: 'done', isolated: results.isolated!, cross: results.cross!, millis: performance.now() - started };
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
      const comparison = settings.compareMargin && isRecord(scenario) ? compare(scenario, parsed.value, onProgress) : null;
      return { status: 'done', result, comparison, millis: { cascade, comparison: comparison?.status === 'done' ? comparison.millis : 0 } };
    },
  };
}
