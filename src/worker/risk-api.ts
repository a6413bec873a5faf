import { parsePortfolio, startRisk } from '../engine/index';
import type { FieldError, RiskOptions, RiskReport } from '../engine';
import { nextTask } from '../shared/next-task';

// The functions the risk worker offers, apart from `risk.worker.ts` so that Vitest (in Node) can
// call them directly. A run parses the portfolio document here, on this side of the boundary:
// only JSON crosses it (Decimal objects do not survive a structured clone), and the Monte Carlo
// advances in slices, reporting progress and yielding between them, so that a cancel or a newer
// run is heard within one slice.

/** Scenarios per slice: a few milliseconds of work on a large book, a few hundred slices at most. */
export const SLICE_SCENARIOS = 5_000;

export interface RiskProgress {
  /** Monte Carlo scenarios simulated so far. */
  done: number;
  total: number;
}

/** Called after every slice; through comlink it is a proxy, so its answer is not awaited. */
export type RiskProgressListener = (progress: RiskProgress) => unknown;

export type RiskRunResult =
  | { status: 'done'; report: RiskReport; millis: number }
  /** The portfolio or the risk options were refused, each problem with its path. */
  | { status: 'invalid'; errors: FieldError[] }
  /** A cancel or a newer run stopped it after `done` scenarios. */
  | { status: 'cancelled'; done: number; total: number };

export interface RiskRunSettings {
  /** False: parametric, historical and stress figures only (a rerun of the stress table). Default true. */
  monteCarlo?: boolean;
  /** Scenarios per slice; default SLICE_SCENARIOS. */
  sliceScenarios?: number;
}

/** Lets queued messages (a cancel, a newer run) in. */
export const yieldToEvents: () => Promise<void> = nextTask;

export interface RiskApi {
  run(portfolio: unknown, options: RiskOptions, onProgress?: RiskProgressListener, settings?: RiskRunSettings): Promise<RiskRunResult>;
  /** Stops the run in progress at its next slice; it resolves as cancelled. */
  cancel(): void;
}

function tell(listener: RiskProgressListener | undefined, progress: RiskProgress): void {
  if (!listener) return;
  // A proxy answers with a promise that rejects if the page has gone: nothing to do about it here.
  const answer = listener(progress);
  if (answer instanceof Promise) answer.catch(() => undefined);
}

/** One worker's API: at most one run is live, and a newer run (or cancel) stops the older one. */
export function createRiskApi(pause: () => Promise<void> = yieldToEvents): RiskApi {
  let latest = 0;
  let live = 0;
  return {
    async run(portfolio, options, onProgress, settings = {}) {
      const id = (latest += 1);
      live = id;
      const started = performance.now();
      try {
        const parsed = parsePortfolio(portfolio);
        if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
        const begun = startRisk(parsed.value, options);
        if (!begun.ok) return { status: 'invalid', errors: begun.errors };
        const { monteCarlo } = begun.run;
        const slice = Math.max(1, Math.floor(settings.sliceScenarios ?? SLICE_SCENARIOS));
        if (settings.monteCarlo !== false) {
          let done = 0;
          tell(onProgress, { done, total: monteCarlo.total });
          while (done < monteCarlo.total) {
            await pause();
            if (live !== id) return { status: 'cancelled', done, total: monteCarlo.total };
            done = monteCarlo.advance(slice);
            tell(onProgress, { done, total: monteCarlo.total });
          }
          await pause();
          if (live !== id) return { status: 'cancelled', done, total: monteCarlo.total };
        }
        return { status: 'done', report: begun.run.finish(), millis: performance.now() - started };
      } finally {
        if (live === id) live = 0;
      }
    },
    cancel() {
      live = 0;
    },
  };
}
