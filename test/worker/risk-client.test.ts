import type { Remote } from 'comlink';
import { describe, expect, it } from 'vitest';
import { exampleDocument as example } from '../fixtures/books';
import { createRiskApi, yieldToEvents, type RiskApi, type RiskProgress } from '../../src/worker/risk-api';
import { createRiskClient, type RiskEndpointFactory } from '../../src/worker/risk-client';


/** Workers stood in by the API in-process; terminate() stops the run the way a dead worker would. */
function fakeWorkers() {
  const spawned: { terminated: boolean; crash: (message: string) => void }[] = [];
  const factory: RiskEndpointFactory = (onCrash) => {
    const api = createRiskApi(yieldToEvents);
    const record = { terminated: false, crash: onCrash };
    spawned.push(record);
    return {
      api: api as unknown as Remote<RiskApi>,
      terminate: () => {
        record.terminated = true;
        api.cancel();
      },
    };
  };
  return { factory, spawned };
}

describe('the risk client', () => {
  it('runs in a worker of its own, started at the first run and kept for the next', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createRiskClient(factory);
    expect(spawned).toHaveLength(0);
    const first = await client.run(example('btc-basis-trade.json'), { scenarios: 5_000 }, () => undefined);
    const second = await client.run(example('btc-basis-trade.json'), { scenarios: 5_000 }, () => undefined);
    expect(first.status).toBe('done');
    expect(second.status).toBe('done');
    expect(spawned).toHaveLength(1);
    expect(client.busy()).toBe(false);
  });

  it('cancel terminates the worker, ends the run as cancelled where it got to, and the next run gets a fresh worker', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createRiskClient(factory);
    const seen: RiskProgress[] = [];
    const running = client.run(example('altcoin-book.json'), { scenarios: 2_000_000 }, (p) => {
      seen.push(p);
      if (p.done >= 10_000) client.cancel();
    });
    const outcome = await running;
    expect(outcome).toEqual({ status: 'cancelled', done: 10_000, total: 2_000_000 });
    expect(spawned[0]?.terminated).toBe(true);
    expect(client.busy()).toBe(false);
    // Nothing more is reported after the cancel.
    const count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(count);
    const next = await client.run(example('btc-basis-trade.json'), { scenarios: 5_000 }, () => undefined);
    expect(next.status).toBe('done');
    expect(spawned).toHaveLength(2);
  });

  it('a run started while another is going cancels the older one first', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createRiskClient(factory);
    const older = client.run(example('altcoin-book.json'), { scenarios: 2_000_000 }, () => undefined);
    const newer = client.run(example('btc-basis-trade.json'), { scenarios: 5_000 }, () => undefined);
    expect((await older).status).toBe('cancelled');
    expect((await newer).status).toBe('done');
    expect(spawned[0]?.terminated).toBe(true);
  });

  it('a crashed worker fails the run with the reason, and the next run starts a new worker', async () => {
    const { factory, spawned } = fakeWorkers();
    const client = createRiskClient(factory);
    const running = client.run(example('altcoin-book.json'), { scenarios: 2_000_000 }, (p) => {
      if (p.done >= 5_000) spawned[0]?.crash('out of memory');
    });
    expect(await running).toEqual({ status: 'failed', message: 'out of memory' });
    expect((await client.run(example('btc-basis-trade.json'), { scenarios: 5_000 }, () => undefined)).status).toBe('done');
    expect(spawned).toHaveLength(2);
  });

  it('after dispose, runs fail at once', async () => {
    const { factory } = fakeWorkers();
    const client = createRiskClient(factory);
    client.dispose();
    expect((await client.run(example('btc-basis-trade.json'), {}, () => undefined)).status).toBe('failed');
  });
});
