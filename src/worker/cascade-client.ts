import { proxy, wrap, type Remote } from 'comlink';
import type { CascadeApi, CascadeCatalogue, CascadeRunProgress, CascadeRunResult, CascadeRunSettings } from './cascade-api';

// The page's handle on the cascade worker: its own module worker, apart from the engine and risk
// workers. A run is one synchronous sweep in there, so cancel terminates the worker outright; the
// next call starts a fresh one. Everything sent is plain JSON (the scenario with the user's
// portfolio inline), everything received is the engine's JSON result.

export interface CascadeEndpoint {
  api: Remote<CascadeApi>;
  terminate(): void;
}

/** Starts a cascade worker; `onCrash` is called once if it dies. */
export type CascadeEndpointFactory = (onCrash: (message: string) => void) => CascadeEndpoint;

export type CascadeOutcome = CascadeRunResult | { status: 'cancelled' } | { status: 'failed'; message: string };

export type CatalogueOutcome = { status: 'done'; catalogue: CascadeCatalogue } | { status: 'failed'; message: string };

export interface CascadeClient {
  /** The presets, stress events and definitions (asked once, then kept). */
  catalogue(): Promise<CatalogueOutcome>;
  /** Run a scenario document; a run still going is cancelled first. */
  run(scenario: unknown, settings: CascadeRunSettings, onProgress: (progress: CascadeRunProgress) => void): Promise<CascadeOutcome>;
  /** Stop the run in progress: its worker is terminated and the run resolves as cancelled. */
  cancel(): void;
  /** True while a run is in progress. */
  busy(): boolean;
  dispose(): void;
}

export function spawnCascadeWorker(onCrash: (message: string) => void): CascadeEndpoint {
  // This exact `new Worker(new URL(…))` form is what Vite recognises to bundle the worker chunk.
  const worker = new Worker(new URL('./cascade.worker.ts', import.meta.url), { type: 'module', name: 'margin-lab-cascade' });
  let crashed = false;
  const crash = (message: string) => {
    if (crashed) return;
    crashed = true;
    onCrash(message);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    crash(event.message ? `the cascade worker failed: ${event.message}` : 'the cascade worker could not start or stopped');
  });
  worker.addEventListener('messageerror', () => crash('a message from the cascade worker could not be read'));
  return { api: wrap<CascadeApi>(worker), terminate: () => worker.terminate() };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

export function createCascadeClient(factory: CascadeEndpointFactory = spawnCascadeWorker): CascadeClient {
  let endpoint: CascadeEndpoint | null = null;
  let pending: { resolve: (outcome: CascadeOutcome) => void } | null = null;
  let catalogue: Promise<CatalogueOutcome> | null = null;
  let disposed = false;

  /** End the pending run with `outcome` and drop its worker (a fresh one serves the next call). */
  function stop(outcome: CascadeOutcome): void {
    const current = pending;
    pending = null;
    endpoint?.terminate();
    endpoint = null;
    current?.resolve(outcome);
  }

  function currentEndpoint(): CascadeEndpoint {
    if (!endpoint) {
      const born = factory((message) => {
        if (endpoint !== born) return;
        if (pending) stop({ status: 'failed', message });
        else {
          born.terminate();
          endpoint = null;
        }
      });
      endpoint = born;
    }
    return endpoint;
  }

  return {
    catalogue() {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'the cascade worker has been stopped' });
      if (!catalogue) {
        let call: Promise<CascadeCatalogue>;
        try {
          // Promise.resolve: an API in the same thread (tests) answers at once.
          call = Promise.resolve(currentEndpoint().api.catalogue());
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
      if (disposed) return Promise.resolve({ status: 'failed', message: 'the cascade worker has been stopped' });
      if (pending) stop({ status: 'cancelled' });
      return new Promise<CascadeOutcome>((resolve) => {
        const job = { resolve };
        pending = job;
        const listener = proxy((progress: CascadeRunProgress) => {
          if (pending === job) onProgress(progress);
        });
        let call: Promise<CascadeRunResult>;
        try {
          call = Promise.resolve(currentEndpoint().api.run(scenario, settings, listener));
        } catch (error) {
          call = Promise.reject(error);
        }
        call.then(
          (result) => {
            if (pending !== job) return;
            pending = null;
            resolve(result);
          },
          (error: unknown) => {
            if (pending !== job) return;
            stop({ status: 'failed', message: messageOf(error) });
          },
        );
      });
    },
    cancel() {
      if (pending) stop({ status: 'cancelled' });
    },
    busy: () => pending !== null,
    dispose() {
      disposed = true;
      stop({ status: 'failed', message: 'the cascade worker has been stopped' });
    },
  };
}
