import type { Remote } from 'comlink';
import { describe, expect, it } from 'vitest';
import { CASCADE_PRESETS } from '../../src/engine/cascade/index';
import { createCascadeApi, type CascadeApi, type CascadeRunProgress } from '../../src/worker/cascade-api';
import { createCascadeClient, type CascadeEndpointFactory } from '../../src/worker/cascade-client';

const thin = (count: number) => {
  const s = structuredClone(CASCADE_PRESETS['thin-market'].scenario) as unknown as Record<string, unknown>;
  return { ...s, crowd: { ...(s.crowd as object), count } };
};

/**
 * Workers stood in by the API, answering on a later task as a real worker would; terminate()
 * makes a pending answer never arrive, as terminating a real worker does.
 */
function fakeWorkers() {
  const spawned: { terminated: boolean; crash: (message: string) => void }[] = [];
  const factory: CascadeEndpointFactory = (onCrash) => {
    const inner = createCascadeApi();
    const record = { terminated: false, crash: onCrash };
    spawned.push(record);
    const later = <T>(f: () => T) =>
      new Promise<T>((resolve, reject) =>
        setTimeout(() => {
          if (record.terminated) return;
          try {
            resolve(f());
          } catch (error) {
            reject(error as Error);
          }
        }, 5),
      );
    const api = {
      catalogue: () => later(() => inner.catalogue()),
      validate: (s: unknown) => later(() => inner.validate(s)),
      run: (s: unknown, settings: object, onProgress?: (p: CascadeRunProgress) => void) => later(() => inner.run(s, settings, onProgress)),
    };
    return { api: api as unknown as Remote<CascadeApi>, terminate: () => (record.terminated = true) };
  };
  return { factory, spawned };
}

describe('the cascade client', () => {
  it('starts its worker at the first call, keeps it, and asks for the catalogue once', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createCascadeClient(factory);
    expect(spawned).toHaveLength(0);
    const [a, b] = await Promise.all([client.catalogue(), client.catalogue()]);
    expect(a).toBe(b);
    expect(a.status).toBe('done');
    const seen: CascadeRunProgress[] = [];
    const out = await client.run(thin(1000), {}, (p) => seen.push(p));
    expect(out.status).toBe('done');
    expect(seen.length).toBeGreaterThan(0);
    expect(spawned).toHaveLength(1);
    expect(client.busy()).toBe(false);
  });

  it('cancel terminates the worker, ends the run as cancelled, and the next run gets a fresh worker', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createCascadeClient(factory);
    const running = client.run(thin(1000), {}, () => undefined);
    expect(client.busy()).toBe(true);
    client.cancel();
    expect(await running).toEqual({ status: 'cancelled' });
    expect(spawned[0]?.terminated).toBe(true);
    expect(client.busy()).toBe(false);
    expect((await client.run(thin(1000), {}, () => undefined)).status).toBe('done');
    expect(spawned).toHaveLength(2);
  });

  it('a run started while another is going cancels the older one first', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createCascadeClient(factory);
    const older = client.run(thin(1000), {}, () => undefined);
    const newer = client.run(thin(1000), {}, () => undefined);
    expect(await older).toEqual({ status: 'cancelled' });
    expect((await newer).status).toBe('done');
    expect(spawned[0]?.terminated).toBe(true);
  });

  it('a crashed worker fails the run with the reason, and the next run starts a new worker', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createCascadeClient(factory);
    const running = client.run(thin(1000), {}, () => undefined);
    spawned[0]?.crash('out of memory');
    expect(await running).toEqual({ status: 'failed', message: 'out of memory' });
    expect((await client.run(thin(1000), {}, () => undefined)).status).toBe('done');
    expect(spawned).toHaveLength(2);
  });

  it('after dispose, every call fails at once', async () => {
    const { factory } = fakeWorkers();
    const client = createCascadeClient(factory);
    client.dispose();
    expect((await client.run(thin(10), {}, () => undefined)).status).toBe('failed');
    expect((await client.catalogue()).status).toBe('failed');
  });
});
