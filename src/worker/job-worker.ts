import { proxy, wrap, type Remote } from 'comlink';

// One long job at a time on a module worker of its own (the Monte Carlo, the cascade): progress
// comes back through a comlink proxy, and Cancel terminates the worker outright — a busy worker
// would not hear a message until its job ended — so the next job starts on a fresh one. The risk
// and cascade clients are this, with their own types and wording.

export interface JobEndpoint<Api> {
  api: Remote<Api>;
  terminate(): void;
}

/** Starts a worker; `onCrash` is called once if it dies. */
export type JobEndpointFactory<Api> = (onCrash: (message: string) => void) => JobEndpoint<Api>;

export type JobFailed = { status: 'failed'; message: string };

/** Watches a worker for errors (reported once, named after `what`) and wraps it with comlink. */
export function watchWorker<Api>(worker: Worker, what: string, onCrash: (message: string) => void): JobEndpoint<Api> {
  let crashed = false;
  const crash = (message: string) => {
    if (crashed) return;
    crashed = true;
    onCrash(message);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    crash(event.message ? `the ${what} failed: ${event.message}` : `the ${what} could not start or stopped`);
  });
  worker.addEventListener('messageerror', () => crash(`a message from the ${what} could not be read`));
  return { api: wrap<Api>(worker), terminate: () => worker.terminate() };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

export interface JobRunner<Api> {
  /**
   * Runs `call` with a progress listener; a job still going ends first as cancelled. Resolves
   * with the result, with `cancelled(last progress)` if cancelled, or with a failure.
   */
  run<P, R, C>(call: (api: Remote<Api>, onProgress: (progress: P) => void) => Promise<R> | R, onProgress: (progress: P) => void, cancelled: (last: P | undefined) => C): Promise<R | C | JobFailed>;
  /** The live worker (started if need be), for short calls beside the job. */
  endpoint(): JobEndpoint<Api>;
  cancel(): void;
  busy(): boolean;
  disposed(): boolean;
  dispose(): void;
}

interface Pending {
  resolve: (outcome: unknown) => void;
  cancelled: () => unknown;
}

export function createJobRunner<Api>(factory: JobEndpointFactory<Api>, stoppedMessage: string): JobRunner<Api> {
  let endpoint: JobEndpoint<Api> | null = null;
  let pending: Pending | null = null;
  let isDisposed = false;

  /** End the pending job with `outcome` and drop its worker (a fresh one serves the next call). */
  function stop(outcome: (p: Pending) => unknown): void {
    const current = pending;
    pending = null;
    endpoint?.terminate();
    endpoint = null;
    current?.resolve(outcome(current));
  }

  function currentEndpoint(): JobEndpoint<Api> {
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
    run<P, R, C>(call: (api: Remote<Api>, onProgress: (progress: P) => void) => Promise<R> | R, onProgress: (progress: P) => void, cancelled: (last: P | undefined) => C) {
      if (isDisposed) return Promise.resolve<JobFailed>({ status: 'failed', message: stoppedMessage });
      if (pending) stop((p) => p.cancelled());
      return new Promise<R | C | JobFailed>((resolve) => {
        let last: P | undefined;
        const job: Pending = { resolve: resolve as (outcome: unknown) => void, cancelled: () => cancelled(last) };
        pending = job;
        const listener = proxy((progress: P) => {
          if (pending !== job) return;
          last = progress;
          onProgress(progress);
        });
        let result: Promise<R>;
        try {
          // Promise.resolve: an API in the same thread (tests) may answer at once.
          result = Promise.resolve(call(currentEndpoint().api, listener));
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(
          (value) => {
            if (pending !== job) return;
            pending = null;
            resolve(value);
          },
          (error: unknown) => {
            if (pending !== job) return;
            stop(() => ({ status: 'failed', message: messageOf(error) }));
          },
        );
      });
    },
    endpoint: currentEndpoint,
    cancel() {
      if (pending) stop((p) => p.cancelled());
    },
    busy: () => pending !== null,
    disposed: () => isDisposed,
    dispose() {
      isDisposed = true;
      stop(() => ({ status: 'failed', message: stoppedMessage }));
    },
  };
}
