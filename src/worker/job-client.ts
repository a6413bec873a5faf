import type { JobRunner } from './job-worker';

/** What every job client (cascade, risk) offers besides its own calls. */
export interface JobControls {
  /** Stop the run in progress: its worker is terminated and the run resolves as cancelled. */
  cancel(): void;
  /** True while a run is in progress. */
  busy(): boolean;
  dispose(): void;
}

/** A client's controls, handed on to its job runner. */
export function jobControls<Api>(jobs: JobRunner<Api>): JobControls {
  return { cancel: () => jobs.cancel(), busy: () => jobs.busy(), dispose: () => jobs.dispose() };
}
