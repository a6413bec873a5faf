import { createEngineHandle, type EngineHandle } from '../worker/engine-handle';
import { spawnEngineWorker } from '../worker/spawn';
import { appStore } from './app-store';

// The engine the venue panels use (compare, import from a venue), started when one of them first
// opens. It is a second instance of the same worker script (already in the browser's cache): the
// page's own handle is made in main.tsx, outside the venue code, and this way nothing of the venue
// features is on the first page load.
let handle: EngineHandle | null = null;

export function venueEngine(): EngineHandle {
  handle ??= createEngineHandle(spawnEngineWorker, (event) => {
    appStore.getState().pushNotice({ tone: 'error', title: `The venue engine stopped (${event.message}) and was restarted; your portfolio is kept.` });
  });
  return handle;
}
