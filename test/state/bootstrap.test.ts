import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepSaved, loadStartingPortfolio } from '../../src/state/bootstrap';
import { draftFromJson, draftToJson } from '../../src/state/json-form';
import { loadPersisted, savePersisted, serialize, SET_ASIDE_PREFIX, STORAGE_KEY } from '../../src/state/persistence';
import { createAppStore } from '../../src/state/store';
import { UNDO_STORAGE_KEY } from '../../src/state/history';
import { example, fetchExamplesFromDisk, MemoryStorage } from './helpers';

const firstExample = async () => {
  const index = (await fetchExamplesFromDisk('examples/index.json')) as { file: string }[];
  return draftFromJson(example(index[0]!.file));
};

describe('start-up', () => {
  it('opens the first example in a new browser, with the example list', async () => {
    const store = createAppStore();
    await loadStartingPortfolio({ store, storage: new MemoryStorage(), fetchJson: fetchExamplesFromDisk });
    expect(store.getState().draft).toEqual(await firstExample());
    expect(store.getState().examples.length).toBeGreaterThan(3);
    expect(store.getState().past).toEqual([]);
  });

  it('opens the saved portfolio and theme', async () => {
    const storage = new MemoryStorage();
    savePersisted(storage, draftFromJson(example('lending-loop.json')), 'dark');
    const store = createAppStore();
    await loadStartingPortfolio({ store, storage, fetchJson: fetchExamplesFromDisk });
    expect(store.getState().draft.rules).toBe('lending');
    expect(store.getState().theme).toBe('dark');
  });

  it('sets a corrupt save aside, says so, and starts from an example', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{oops');
    const store = createAppStore();
    const canSave = await loadStartingPortfolio({ store, storage, fetchJson: fetchExamplesFromDisk, now: () => 0 });
    expect(canSave).toBe(true);
    expect(store.getState().draft).toEqual(await firstExample());
    expect(store.getState().notices[0]?.title).toMatch(/could not be opened/);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z`)).toBe('{oops');
  });

  it('starts blank when the examples cannot be fetched', async () => {
    const store = createAppStore();
    await loadStartingPortfolio({ store, storage: null, fetchJson: () => Promise.reject(new Error('offline')) });
    expect(store.getState().draft.name).toBe('New portfolio');
    expect(store.getState().notices[0]?.title).toMatch(/example portfolios could not be loaded/);
  });

  it('saves edits a moment later', async () => {
    const storage = new MemoryStorage();
    const store = createAppStore(draftFromJson(example('btc-basis-trade.json')));
    const stop = keepSaved(store, storage, 5);
    store.getState().setBalance('USDC', '7777');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const saved = loadPersisted(storage);
    expect(saved.kind === 'loaded' && saved.draft.balances.USDC).toBe('7777');
    stop();
  });

  describe('saving off the critical path', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** Idle callbacks queued here, run when the test says. */
    const idleQueue = () => {
      const idle: (() => void)[] = [];
      vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
      vi.stubGlobal('cancelIdleCallback', () => undefined);
      return idle;
    };

    it('writes in an idle callback after the delay, once for a burst of keystrokes, and at once when stopped', async () => {
      const idle = idleQueue();
      const storage = new MemoryStorage();
      const store = createAppStore(draftFromJson(example('btc-basis-trade.json')));
      const stop = keepSaved(store, storage, 5);
      for (const text of ['7', '77', '777']) store.getState().setBalance('USDC', text);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // The delay has passed: the save waits for idle time, and nothing is written before it.
      expect(idle).toHaveLength(1);
      expect(storage.getItem(STORAGE_KEY)).toBeNull();
      idle[0]!();
      const saved = loadPersisted(storage);
      expect(saved.kind === 'loaded' && saved.draft.balances.USDC).toBe('777');
      // A change still waiting for idle time is written when the page goes.
      store.getState().setBalance('USDC', '8');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(idle).toHaveLength(2);
      stop();
      const flushed = loadPersisted(storage);
      expect(flushed.kind === 'loaded' && flushed.draft.balances.USDC).toBe('8');
    });

    it('writes the undo history in an idle callback after the portfolio’s, with any edit made meanwhile', async () => {
      const idle = idleQueue();
      const storage = new MemoryStorage();
      const store = createAppStore(draftFromJson(example('btc-basis-trade.json')));
      const stop = keepSaved(store, storage, 5);
      store.getState().setBalance('USDC', '5');
      await new Promise((resolve) => setTimeout(resolve, 20));
      idle[0]!();
      // The portfolio is written; the history waits for a second idle moment.
      expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
      expect(storage.getItem(UNDO_STORAGE_KEY)).toBeNull();
      expect(idle).toHaveLength(2);
      store.getState().setBalance('USDC', '6');
      idle[1]!();
      expect(JSON.parse(storage.getItem(UNDO_STORAGE_KEY)!)).toBeTruthy();
      const saved = loadPersisted(storage);
      expect(saved.kind === 'loaded' && saved.draft.balances.USDC).toBe('6');
      stop();
    });

    it('writes the entry JSON.stringify would write', () => {
      const draft = draftFromJson(example('altcoin-book.json'));
      expect(serialize(draft, 'dark')).toBe(JSON.stringify({ schemaVersion: 1, portfolio: draftToJson(draft), theme: 'dark' }));
    });
  });
});
