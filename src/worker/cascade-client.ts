import type { Remote } from 'comlink';
import type { CascadeApi, CascadeCatalogue, CascadeRunProgress, CascadeRunResult, CascadeRunSettings } from './cascade-api';
import { createJobRunner, type JobEndpoint, type JobEndpointFactory, messageOf, watchWorker } from './job-worker';
import { jobControls, type JobControls } from './job-client';

// The page's handle on the cascade worker: its own module worker, apart from the engine and risk
// workers. A run is one synchronous sweep in there, so cancel terminates the worker outright; the
// next call starts a fresh one. Everything sent is plain JSON (the scenario with the user's
// portfolio inline), everything received is the engine's JSON result.

export type CascadeEndpoint = JobEndpoint<CascadeApi>;

/** Starts a cascade worker; `onCrash` is called once if it dies. */
export type CascadeEndpointFactory = JobEndpointFactory<CascadeApi>;

export type CascadeOutcome = CascadeRunResult | { status: 'cancelled' } | { status: 'failed'; message: string };

export type CatalogueOutcome = { status: 'done'; catalogue: CascadeCatalogue } | { status: 'failed'; message: string };

export interface CascadeClient extends JobControls {
  /** The presets, stress events and definitions (asked once, then kept). */
  catalogue(): Promise<CatalogueOutcome>;
  /** Run a scenario document; a run still going is cancelled first. */
  run(scenario: unknown, settings: CascadeRunSettings, onProgress: (progress: CascadeRunProgress) => void): Promise<CascadeOutcome>;
}

// This exact `new Worker(new URL(…))` form is what Vite recognises to bundle the worker chunk.
const spawnCascadeWorker: CascadeEndpointFactory = (onCrash) =>
  watchWorker(new Worker(new URL('./cascade.worker.ts', import.meta.url), { type: 'module', name: 'margin-lab-cascade' }), 'cascade worker', onCrash);

export function createCascadeClient(factory: CascadeEndpointFactory = spawnCascadeWorker): CascadeClient {
  const jobs = createJobRunner<CascadeApi>(factory, 'the cascade worker has been stopped');
  let catalogue: Promise<CatalogueOutcome> | null = null;
  return {
    catalogue() {
      if (jobs.disposed()) return Promise.resolve({ status: 'failed', message: 'the cascade worker has been stopped' });
      if (!catalogue) {
        let call: Promise<CascadeCatalogue>;
        try {
          // Promise.resolve: an API in the same thread (tests) answers at once.
          call = Promise.resolve(jobs.endpoint().api.catalogue());
        } catch (error) {
          call = Promise.reject(error);
        }
        catalogue = call.then(
          (value): CatalogueOutcome => ({ status: 'done', catalogue: value }),
          (error: unknown): CatalogueOutcome => {
            // Asked again next time: a worker stopped by a cancel is no reason to give up.
            catalogue = null;
            return { status: 'failed', message: messageOf(error) };
          },
        );
      }
      return catalogue;
    },
    run(scenario, settings, onProgress) {
      return jobs.run(
        (api: Remote<CascadeApi>, listener: (progress: CascadeRunProgress) => void) => api.run(scenario, settings, listener) as Promise<CascadeRunResult>,
        onProgress,
        (): CascadeOutcome => ({ status: 'cancelled' }),
      ) as Promise<CascadeOutcome>;
    },
    ...jobControls(jobs),
  };
}
