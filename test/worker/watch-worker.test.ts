import { describe, expect, it } from 'vitest';
import { watchWorker } from '../../src/worker/job-worker';

// The one crash watch every worker (engine, risk, cascade) goes through: spawn.ts and the two job
// clients only say which file and what to call it.

class FakeWorker extends EventTarget {
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

function errorEvent(message: string): Event {
  const event = new Event('error', { cancelable: true });
  Object.defineProperty(event, 'message', { value: message });
  return event;
}

function watched(what: string) {
  const worker = new FakeWorker();
  const crashes: string[] = [];
  const endpoint = watchWorker(worker as unknown as Worker, what, (message) => crashes.push(message));
  return { worker, crashes, endpoint };
}

describe('watchWorker', () => {
  it('reports an error once, named after the worker, and keeps the browser from logging it', () => {
    const { worker, crashes } = watched('engine');
    const first = errorEvent('boom');
    worker.dispatchEvent(first);
    worker.dispatchEvent(errorEvent('again'));
    worker.dispatchEvent(new Event('messageerror'));
    expect(crashes).toEqual(['the engine failed: boom']);
    expect(first.defaultPrevented).toBe(true);
  });

  it('says the worker could not start when the error carries no message', () => {
    const { worker, crashes } = watched('risk worker');
    worker.dispatchEvent(errorEvent(''));
    expect(crashes).toEqual(['the risk worker could not start or stopped']);
  });

  it('reports a message that could not be read', () => {
    const { worker, crashes } = watched('cascade worker');
    worker.dispatchEvent(new Event('messageerror'));
    expect(crashes).toEqual(['a message from the cascade worker could not be read']);
  });

  it('terminate stops the worker it watches', () => {
    const { worker, endpoint } = watched('engine');
    endpoint.terminate();
    expect(worker.terminated).toBe(true);
  });
});
