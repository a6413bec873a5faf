// The typed handle the app uses to reach the engine worker, and the only place that knows the
// worker can be slow, superseded or dead.
//
// Scheduling is latest-wins per channel: a channel ("main", "preview", …) has at most one call in
// flight and one waiting. A newer call replaces the waiting one, and when a newer call exists, the
// answer of the older one is dropped as stale: the page only ever shows the latest portfolio.
// A crash (an error event, or no answer within the time limit) restarts the worker and runs the
// latest call of each channel once more; a second crash of the same call is reported as a failure.

import { messageOf } from './job-worker';

/** What a call came to. */
export type Outcome<T> =
  | { status: 'done'; value: T }
  /** A newer call on the same channel superseded this one; its answer, if any, was dropped. */
  | { status: 'stale' }
  | { status: 'failed'; message: string };

/** A running engine: its API and how to stop it. */
export interface EngineEndpoint<A> {
  api: A;
  terminate(): void;
}

/** Starts an engine; calls `onCrash` if that engine dies. */
export type EndpointFactory<A> = (onCrash: (message: string) => void) => EngineEndpoint<A>;

export type ClientEvent = { kind: 'restarted'; message: string };

export interface EngineClientOptions {
  /** A call without an answer for this long counts as a crash. */
  timeoutMs?: number;
  onEvent?: (event: ClientEvent) => void;
}

export interface EngineClient<A> {
  /** Run `call` on `channel`, superseding any earlier call there that has not answered. */
  latest<T>(channel: string, call: (api: A) => Promise<T>): Promise<Outcome<T>>;
  /** Run a one-off call that nothing supersedes. */
  once<T>(call: (api: A) => Promise<T>): Promise<Outcome<T>>;
  /** Stop the worker; pending calls fail. */
  dispose(): void;
}

interface Job {
  call: (api: unknown) => Promise<unknown>;
  resolve: (outcome: Outcome<unknown>) => void;
  retried: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface Channel {
  inFlight: Job | null;
  waiting: Job | null;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createEngineClient<A>(factory: EndpointFactory<A>, options: EngineClientOptions = {}): EngineClient<A> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const channels = new Map<string, Channel>();
  let endpoint: EngineEndpoint<A> | null = null;
  /** Bumped at each restart: answers from an older worker are ignored. */
  let generation = 0;
  let onceCounter = 0;
  let disposed = false;

  function currentEndpoint(): EngineEndpoint<A> {
    if (!endpoint) {
      const born = generation;
      endpoint = factory((message) => {
        if (born === generation) restart(message);
      });
    }
    return endpoint;
  }

  function start(name: string, channel: Channel, job: Job): void {
    const born = generation;
    channel.inFlight = job;
    job.timer = setTimeout(() => {
      if (born === generation) restart(`the engine did not answer within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    let promise: Promise<unknown>;
    try {
      promise = job.call(currentEndpoint().api);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => settle(name, channel, job, born, { status: 'done', value }),
      (error: unknown) => settle(name, channel, job, born, { status: 'failed', message: messageOf(error) }),
    );
  }

  function settle(name: string, channel: Channel, job: Job, born: number, outcome: Outcome<unknown>): void {
    // A restart has already taken this job over (rerun or failed it).
    if (born !== generation || channel.inFlight !== job) return;
    clearTimeout(job.timer);
    channel.inFlight = null;
    const next = channel.waiting;
    if (next) {
      channel.waiting = null;
      job.resolve({ status: 'stale' });
      start(name, channel, next);
    } else {
      channels.delete(name);
      job.resolve(outcome);
    }
  }

  function restart(message: string): void {
    if (disposed) return;
    generation += 1;
    endpoint?.terminate();
    endpoint = null;
    options.onEvent?.({ kind: 'restarted', message });
    for (const [name, channel] of [...channels]) {
      const job = channel.inFlight;
      channel.inFlight = null;
      if (job) clearTimeout(job.timer);
      if (channel.waiting) {
        job?.resolve({ status: 'stale' });
        const next = channel.waiting;
        channel.waiting = null;
        start(name, channel, next);
      } else if (job && !job.retried) {
        job.retried = true;
        start(name, channel, job);
      } else {
        channels.delete(name);
        job?.resolve({ status: 'failed', message });
      }
    }
  }

  function schedule<T>(name: string, call: (api: A) => Promise<T>): Promise<Outcome<T>> {
    if (disposed) return Promise.resolve({ status: 'failed', message: 'the engine has been stopped' });
    return new Promise<Outcome<T>>((resolve) => {
      const job: Job = {
        call: call as (api: unknown) => Promise<unknown>,
        resolve: resolve as (outcome: Outcome<unknown>) => void,
        retried: false,
        timer: undefined,
      };
      let channel = channels.get(name);
      if (!channel) {
        channel = { inFlight: null, waiting: null };
        channels.set(name, channel);
      }
      if (channel.inFlight) {
        channel.waiting?.resolve({ status: 'stale' });
        channel.waiting = job;
      } else {
        start(name, channel, job);
      }
    });
  }

  return {
    latest: (channel, call) => schedule(`latest:${channel}`, call),
    once: (call) => schedule(`once:${(onceCounter += 1)}`, call),
    dispose() {
      disposed = true;
      generation += 1;
      endpoint?.terminate();
      endpoint = null;
      for (const channel of channels.values()) {
        for (const job of [channel.inFlight, channel.waiting]) {
          if (!job) continue;
          clearTimeout(job.timer);
          job.resolve({ status: 'failed', message: 'the engine has been stopped' });
        }
      }
      channels.clear();
    },
  };
}
