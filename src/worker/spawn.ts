import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './api';
import type { EngineEndpoint } from './client';

/** Start the engine in a module worker. `onCrash` is called once if the worker dies. */
export function spawnEngineWorker(onCrash: (message: string) => void): EngineEndpoint<Remote<EngineApi>> {
  // This exact `new Worker(new URL(…))` form is what Vite recognises to bundle the worker chunk.
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'margin-lab-engine' });
  let crashed = false;
  const crash = (message: string) => {
    if (crashed) return;
    crashed = true;
    onCrash(message);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    crash(event.message ? `the engine failed: ${event.message}` : 'the engine worker could not start or stopped');
  });
  worker.addEventListener('messageerror', () => crash('a message from the engine could not be read'));
  return { api: wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}
