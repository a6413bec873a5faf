import { proxy, wrap, type Remote } from 'comlink';
import type { RiskOptions } from '../engine';
import type { RiskApi, RiskProgress, RiskRunResult, RiskRunSettings } from './risk-api';

// The page's handle on the risk worker: its own module worker, apart from the engine worker, so a
// Monte Carlo of millions of scenarios never delays an evaluation. Cancel terminates that worker
// outright (a busy worker may not hear a message for a whole slice); the next run starts a fresh one.

export interface RiskEndpoint {
  api: Remote<RiskApi>;
  terminate(): void;
}

/** Starts a risk worker; `onCrash` is called once if it dies. */
export type RiskEndpointFactory = (onCrash: (message: string) => void) => RiskEndpoint;

export type RiskOutcome = RiskRunResult | { status: 'failed'; message: string };

export interface RiskClient {
  /** Run risk on a portfolio document; a run still going is cancelled first. */
  run(portfolio: unknown, options: RiskOptions, onProgress: (progress: RiskProgress) => void, settings?: RiskRunSettings): Promise<RiskOutcome>;
  /** Stop the run in progress: its worker is terminated and the run resolves as cancelled. */
  cancel(): void;
  /** True while a run is in progress. */
  busy(): boolean;
  dispose(): void;
}

export function spawnRiskWorker(onCrash: (message: string) => void): RiskEndpoint {
  // This exact `new Worker(new URL(…))` form is what Vite recognises to bundle the worker chunk.
  const worker = new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module', name: 'margin-lab-risk' });
  let crashed = false;
  const crash = (message: string) => {
    if (crashed) return;
    crashed = true;
    onCrash(message);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    crash(event.message ? `the risk worker failed: ${event.message}` : 'the risk worker could not start or stopped');
  });
  worker.addEventListener('messageerror', () => crash('a message from the risk worker could not be read'));
  return { api: wrap<RiskApi>(worker), terminate: () => worker.terminate() };
}

interface Pending {
  resolve: (outcome: RiskOutcome) => void;
  progress: RiskProgress;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

export function createRiskClient(factory: RiskEndpointFactory = spawnRiskWorker): RiskClient {
  let endpoint: RiskEndpoint | null = null;
  let pending: Pending | null = null;
  let disposed = false;

  /** End the pending run with `outcome` and drop its worker (a fresh one serves the next run). */
  function stop(outcome: (p: Pending) => RiskOutcome): void {
    const current = pending;
    pending = null;
    endpoint?.terminate();
    endpoint = null;
    current?.resolve(outcome(current));
  }

  function currentEndpoint(): RiskEndpoint {
    if (!endpoint) {
      const born = factory((message) => {
        if (endpoint !== born) return;
        if (pending) stop(() => ({ status: 'failed', message }));
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
    run(portfolio, options, onProgress, settings) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'the risk worker has been stopped' });
      if (pending) stop((p) => ({ status: 'cancelled', ...p.progress }));
      return new Promise<RiskOutcome>((resolve) => {
        const job: Pending = { resolve, progress: { done: 0, total: options.scenarios ?? 0 } };
        pending = job;
        const listener = proxy((progress: RiskProgress) => {
          if (pending !== job) return;
          job.progress = progress;
          onProgress(progress);
        });
        let call: Promise<RiskRunResult>;
        try {
          call = currentEndpoint().api.run(portfolio, options, listener, settings) as Promise<RiskRunResult>;
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
            stop(() => ({ status: 'failed', message: messageOf(error) }));
          },
        );
      });
    },
    cancel() {
      if (pending) stop((p) => ({ status: 'cancelled', ...p.progress }));
    },
    busy: () => pending !== null,
    dispose() {
      disposed = true;
      stop(() => ({ status: 'failed', message: 'the risk worker has been stopped' }));
    },
  };
}
