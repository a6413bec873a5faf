import type { Remote } from 'comlink';
import type { RiskOptions } from '../engine';
import type { RiskApi, RiskProgress, RiskRunResult, RiskRunSettings } from './risk-api';
import { createJobRunner, type JobEndpoint, type JobEndpointFactory, watchWorker } from './job-worker';
import { jobControls, type JobControls } from './job-client';

// The page's handle on the risk worker: its own module worker, apart from the engine worker, so a
// Monte Carlo of millions of scenarios never delays an evaluation. Cancel terminates that worker
// outright (a busy worker may not hear a message for a whole slice); the next run starts a fresh one.

export type RiskEndpoint = JobEndpoint<RiskApi>;

/** Starts a risk worker; `onCrash` is called once if it dies. */
export type RiskEndpointFactory = JobEndpointFactory<RiskApi>;

export type RiskOutcome = RiskRunResult | { status: 'failed'; message: string };

export interface RiskClient extends JobControls {
  /** Run risk on a portfolio document; a run still going is cancelled first. */
  run(portfolio: unknown, options: RiskOptions, onProgress: (progress: RiskProgress) => void, settings?: RiskRunSettings): Promise<RiskOutcome>;
}

// This exact `new Worker(new URL(…))` form is what Vite recognises to bundle the worker chunk.
const spawnRiskWorker: RiskEndpointFactory = (onCrash) =>
  watchWorker(new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module', name: 'margin-lab-risk' }), 'risk worker', onCrash);

export function createRiskClient(factory: RiskEndpointFactory = spawnRiskWorker): RiskClient {
  const jobs = createJobRunner<RiskApi>(factory, 'the risk worker has been stopped');
  return {
    run(portfolio, options, onProgress, settings) {
      const start: RiskProgress = { done: 0, total: options.scenarios ?? 0 };
      return jobs.run(
        (api: Remote<RiskApi>, listener: (progress: RiskProgress) => void) => api.run(portfolio, options, listener, settings) as Promise<RiskRunResult>,
        onProgress,
        (last): RiskOutcome => ({ status: 'cancelled', ...(last ?? start) }),
      ) as Promise<RiskOutcome>;
    },
    ...jobControls(jobs),
  };
}
