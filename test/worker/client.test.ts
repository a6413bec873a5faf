import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineClient, type EndpointFactory } from '../../src/worker/client';

// A stand-in engine whose calls answer only when the test says so.
interface FakeApi {
  work(label: string): Promise<string>;
}

interface Call {
  label: string;
  resolve: (value: string) => void;
  reject: (error: Error) => void;
}

function fakeEngine() {
  const calls: Call[] = [];
  const crashes: ((message: string) => void)[] = [];
  let started = 0;
  let terminated = 0;
  const factory: EndpointFactory<FakeApi> = (onCrash) => {
    started += 1;
    crashes.push(onCrash);
    return {
      api: { work: (label) => new Promise<string>((resolve, reject) => calls.push({ label, resolve, reject })) },
      terminate: () => {
        terminated += 1;
      },
    };
  };
  return {
    factory,
    calls,
    crash: (message: string) => crashes[crashes.length - 1]!(message),
    get started() {
      return started;
    },
    get terminated() {
      return terminated;
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('the engine client', () => {
  it('runs one call per channel at a time, and a newer call replaces the waiting one', async () => {
    const engine = fakeEngine();
    const client = createEngineClient(engine.factory);
    const first = client.latest('main', (api) => api.work('a'));
    const second = client.latest('main', (api) => api.work('b'));
    const third = client.latest('main', (api) => api.work('c'));
    expect(engine.calls.map((c) => c.label)).toEqual(['a']);
    expect(await second).toEqual({ status: 'stale' });
    engine.calls[0]!.resolve('A');
    // "a" answered, but "c" was asked since: the page must not show "a".
    expect(await first).toEqual({ status: 'stale' });
    await flush();
    expect(engine.calls.map((c) => c.label)).toEqual(['a', 'c']);
    engine.calls[1]!.resolve('C');
    expect(await third).toEqual({ status: 'done', value: 'C' });
  });

  it('keeps channels apart: a preview does not supersede the main evaluation', async () => {
    const engine = fakeEngine();
    const client = createEngineClient(engine.factory);
    const main = client.latest('main', (api) => api.work('main'));
    const preview = client.latest('preview', (api) => api.work('preview'));
    engine.calls[0]!.resolve('M');
    engine.calls[1]!.resolve('P');
    expect(await main).toEqual({ status: 'done', value: 'M' });
    expect(await preview).toEqual({ status: 'done', value: 'P' });
  });

  it('reports an engine exception as a failure without restarting', async () => {
    const engine = fakeEngine();
    const client = createEngineClient(engine.factory);
    const call = client.latest('main', (api) => api.work('a'));
    engine.calls[0]!.reject(new Error('division by zero'));
    expect(await call).toEqual({ status: 'failed', message: 'division by zero' });
    expect(engine.started).toBe(1);
  });

  it('restarts a crashed worker and runs the latest call again', async () => {
    const engine = fakeEngine();
    const events: string[] = [];
    const client = createEngineClient(engine.factory, { onEvent: (e) => events.push(e.message) });
    const call = client.latest('main', (api) => api.work('a'));
    engine.crash('out of memory');
    expect(engine.started).toBe(2);
    expect(engine.terminated).toBe(1);
    expect(events).toEqual(['out of memory']);
    expect(engine.calls.map((c) => c.label)).toEqual(['a', 'a']);
    engine.calls[1]!.resolve('A');
    expect(await call).toEqual({ status: 'done', value: 'A' });
  });

  it('gives up on a call that crashes the worker twice, and the next call works', async () => {
    const engine = fakeEngine();
    const client = createEngineClient(engine.factory);
    const call = client.latest('main', (api) => api.work('poison'));
    engine.crash('crash 1');
    engine.crash('crash 2');
    expect(await call).toEqual({ status: 'failed', message: 'crash 2' });
    const next = client.latest('main', (api) => api.work('fine'));
    engine.calls[engine.calls.length - 1]!.resolve('ok');
    expect(await next).toEqual({ status: 'done', value: 'ok' });
    expect(engine.started).toBe(3);
  });

  it('ignores an answer from the worker that was replaced', async () => {
    const engine = fakeEngine();
    const client = createEngineClient(engine.factory);
    const call = client.latest('main', (api) => api.work('a'));
    engine.crash('gone');
    engine.calls[0]!.resolve('from the dead worker');
    engine.calls[1]!.resolve('from the new worker');
    expect(await call).toEqual({ status: 'done', value: 'from the new worker' });
  });

  it('treats a call that never answers as a crash', async () => {
    vi.useFakeTimers();
    const engine = fakeEngine();
    const events: string[] = [];
    const client = createEngineClient(engine.factory, { timeoutMs: 1000, onEvent: (e) => events.push(e.message) });
    const call = client.latest('main', (api) => api.work('slow'));
    vi.advanceTimersByTime(1001);
    expect(events).toEqual(['the engine did not answer within 1 s']);
    expect(engine.started).toBe(2);
    engine.calls[1]!.resolve('done at last');
    expect(await call).toEqual({ status: 'done', value: 'done at last' });
  });

  it('fails pending calls when disposed', async () => {
    const engine = fakeEngine();
    const client = createEngineClient(engine.factory);
    const call = client.once((api) => api.work('a'));
    client.dispose();
    expect(await call).toEqual({ status: 'failed', message: 'the engine has been stopped' });
    expect(engine.terminated).toBe(1);
  });

  it('starts the worker only when first needed', () => {
    const engine = fakeEngine();
    createEngineClient(engine.factory);
    expect(engine.started).toBe(0);
  });
});
