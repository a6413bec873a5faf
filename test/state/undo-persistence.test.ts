import { describe, expect, it } from 'vitest';
import { keepSaved, loadStartingPortfolio } from '../../src/state/bootstrap';
import { createCommands } from '../../src/state/commands';
import type { DraftPortfolio } from '../../src/state/draft';
import { parseHistory, PERSISTED_UNDO_STEPS, serializeHistory, UNDO_STORAGE_KEY } from '../../src/state/history';
import { draftFromJson } from '../../src/state/json-form';
import { SET_ASIDE_PREFIX, savePersisted } from '../../src/state/persistence';
import { encodeShareHash } from '../../src/state/share-link';
import { createAppStore } from '../../src/state/store';
import { example, fetchExamplesFromDisk, inProcessEngine, MemoryStorage } from './helpers';

// Issue 15: a valid share link replaces the saved portfolio at once, and undo lived only in
// memory, so a reload lost the earlier book. The undo history is now saved beside the portfolio.

const basis = () => draftFromJson(example('btc-basis-trade.json'));
const named = (name: string): DraftPortfolio => ({ ...basis(), name });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page load: a fresh store started from the storage, saving from then on. */
async function reload(storage: MemoryStorage) {
  const store = createAppStore();
  await loadStartingPortfolio({ store, storage, fetchJson: fetchExamplesFromDisk, now: () => 0 });
  const stop = keepSaved(store, storage, 1);
  const commands = createCommands({ store, engine: inProcessEngine(), fetchJson: fetchExamplesFromDisk, now: () => 0 });
  return { store, commands, stop };
}

describe('the undo history across a reload', () => {
  it('a share link that replaced the saved portfolio can be undone after a reload', async () => {
    const storage = new MemoryStorage();
    const mine = named('My own book');
    savePersisted(storage, mine, 'light');

    const first = await reload(storage);
    expect(first.store.getState().draft.name).toBe('My own book');
    expect(await first.commands.openShareHash(encodeShareHash(example('lending-loop.json')))).toBe(true);
    await wait(10);
    first.stop();

    const second = await reload(storage);
    expect(second.store.getState().draft.rules).toBe('lending');
    second.store.getState().undo();
    expect(second.store.getState().draft).toEqual(mine);
    // And redo goes forward again, to the shared book.
    second.store.getState().redo();
    expect(second.store.getState().draft.rules).toBe('lending');
    second.stop();
  });

  it(`keeps the newest ${PERSISTED_UNDO_STEPS} steps, oldest first, and the redo steps`, () => {
    const past = Array.from({ length: 80 }, (_, i) => named(`step ${i}`));
    const parsed = parseHistory(serializeHistory({ past, future: [named('redo 0')] }));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.past.map((d) => d.name)).toEqual(past.slice(-PERSISTED_UNDO_STEPS).map((d) => d.name));
    expect(parsed.future.map((d) => d.name)).toEqual(['redo 0']);
    expect(parsed.past.at(-1)).toEqual(past.at(-1));
  });

  it('stays within its byte budget, dropping the oldest steps first', () => {
    const past = Array.from({ length: 10 }, (_, i) => named(`step ${i}`));
    const oneStep = JSON.stringify(serializeHistory({ past: past.slice(0, 1), future: [] })).length;
    // A budget for about three steps keeps the three newest.
    const text = serializeHistory({ past, future: [] }, oneStep * 3);
    expect(text.length).toBeLessThanOrEqual(oneStep * 3 + 60);
    const parsed = parseHistory(text);
    expect(parsed.ok && parsed.past.map((d) => d.name)).toEqual(['step 7', 'step 8', 'step 9']);
  });

  it('drops a damaged step alone, and sets a damaged history aside without touching the portfolio', async () => {
    const good = JSON.parse(serializeHistory({ past: [named('kept')], future: [] })) as { past: unknown[] };
    good.past.unshift({ format: 'margin-lab/portfolio', name: 'x', assets: JSON.parse(`${'['.repeat(50)}${']'.repeat(50)}`) }, 'garbage');
    const parsed = parseHistory(JSON.stringify(good));
    expect(parsed.ok && parsed.past.map((d) => d.name)).toEqual(['kept']);

    const storage = new MemoryStorage();
    savePersisted(storage, named('My own book'), 'light');
    storage.setItem(UNDO_STORAGE_KEY, '{not json');
    const { store, stop } = await reload(storage);
    expect(store.getState().draft.name).toBe('My own book');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().notices.at(-1)?.title).toMatch(/undo history .* could not be read; your portfolio is not affected/);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z/undo`)).toBe('{not json');
    stop();
  });
});
