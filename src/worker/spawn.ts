import type { Remote } from 'comlink';
import type { EngineApi } from './api';
import type { EngineEndpoint } from './client';
import { watchWorker } from './job-worker';

/** Start the engine in a module worker. `onCrash` is called once if the worker dies. */
export function spawnEngineWorker(onCrash: (message: string) => void): EngineEndpoint<Remote<EngineApi>> {
  // This exact `new Worker(new URL(…))` form is what Vite recognises to bundle the worker chunk.
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'margin-lab-engine' });
  // The same crash watch as the risk and cascade workers: one error or unreadable message, reported once.
  return watchWorker<EngineApi>(worker, 'engine', onCrash);
}
