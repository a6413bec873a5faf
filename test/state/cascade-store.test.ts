import { describe, expect, it } from 'vitest';
import { exampleDocument as example } from '../fixtures/books';
import type { Remote } from 'comlink';
import { createCascadeApi, type CascadeApi } from '../../src/worker/cascade-api';
import { createCascadeClient } from '../../src/worker/cascade-client';
import { createCascadeStore } from '../../src/state/cascade-store';
import { crowdFields } from '../../src/state/cascade-scenario-form';


/** The store over a client whose "worker" is the API in-process, with a small crowd for speed. */
async function storeWith(portfolio: unknown = example('leveraged-long.json')) {
  const client = createCascadeClient(() => {
    const api = createCascadeApi();
    return { api: api as unknown as Remote<CascadeApi>, terminate: () => undefined };
  });
  const store = createCascadeStore({ client, portfolio: () => portfolio });
  await store.getState().loadCatalogue();
  const traders = crowdFields(store.getState().base).find((f) => f.path === 'crowd.count')!;
  store.getState().setText(traders, '2000');
  return store;
}

describe('the cascade panel store', () => {
  it('starts on the first classroom preset once the worker has said what they are', async () => {
    const store = await storeWith();
    const s = store.getState();
    expect(s.catalogue?.presets.map((p) => p.title)).toEqual(['Thin market', 'Deep market', 'Everyone at 20×', 'Lending protocol with a 50 % close factor']);
    expect(s.presetId).toBe('thin-market');
    expect(s.edited).toBe(true);
  });

  it("runs with the user's portfolio in the crowd and opens on the last step", async () => {
    const store = await storeWith();
    await store.getState().runScenario();
    const { run, frame, running, errors } = store.getState();
    expect(running).toBe(false);
    expect(errors).toEqual([]);
    // Precise: `run?.result.user` would be undefined, not null, with no run at all.
    expect(run?.portfolio).toEqual(example('leveraged-long.json'));
    expect(run?.result.user?.placement.quantities).toEqual({ BTC: 0.5, ETH: 100 });
    expect(frame).toBe(run!.result.steps.length - 1);
    // The margin comparison ran too (the preset has two-asset traders).
    expect(run?.comparison?.status).toBe('done');
  });

  it('leaves the portfolio out when asked', async () => {
    const store = await storeWith();
    store.getState().setIncludePortfolio(false);
    store.getState().setCompareMargin(false);
    await store.getState().runScenario();
    expect(store.getState().run?.result.user).toBeNull();
    expect(store.getState().run?.comparison).toBeNull();
  });

  it('keeps the last run and lists the problems, with paths, of a scenario that does not parse', async () => {
    const store = await storeWith();
    await store.getState().runScenario();
    const first = store.getState().run;
    const traders = crowdFields(store.getState().base).find((f) => f.path === 'crowd.count')!;
    store.getState().setText(traders, 'lots');
    await store.getState().runScenario();
    const s = store.getState();
    expect(s.run).toBe(first);
    expect(s.errors.map((e) => e.path)).toContain('crowd.count');
    expect(s.message?.tone).toBe('error');
  });

  it("names the portfolio's own problems under portfolio.", async () => {
    const store = await storeWith({ format: 'margin-lab/portfolio', version: 1 });
    await store.getState().runScenario();
    expect(store.getState().errors.length).toBeGreaterThan(0);
    expect(store.getState().errors.every((e) => e.path.startsWith('portfolio'))).toBe(true);
  });

  it('plays, pauses and steps within the run', async () => {
    const store = await storeWith();
    await store.getState().runScenario();
    const last = store.getState().run!.result.steps.length - 1;
    store.getState().play();
    // From the end, Play starts again at the beginning.
    expect(store.getState()).toMatchObject({ playing: true, frame: 0 });
    store.getState().pause();
    store.getState().stepBy(2);
    expect(store.getState()).toMatchObject({ playing: false, frame: 2 });
    store.getState().stepBy(-5);
    expect(store.getState().frame).toBe(0);
    store.getState().setFrame(last + 10);
    expect(store.getState().frame).toBe(last);
  });

  it('takes a pasted scenario, and says what is wrong with one that is not JSON', async () => {
    const store = await storeWith();
    store.getState().setJsonText('{ "format": ');
    store.getState().applyJson();
    expect(store.getState().jsonProblem).toMatch(/^This is not JSON/);
    store.getState().setJsonText('[1, 2]');
    store.getState().applyJson();
    expect(store.getState().jsonProblem).toMatch(/JSON object/);
    const doc = { ...(store.getState().scenario()), name: 'Pasted' };
    store.getState().setJsonText(JSON.stringify(doc));
    store.getState().applyJson();
    expect(store.getState()).toMatchObject({ jsonText: null, jsonProblem: null, presetId: '' });
    expect(store.getState().scenario().name).toBe('Pasted');
  });
});
