import { describe, expect, it } from 'vitest';
import { draftFromJson } from '../../src/state/json-form';
import { loadPersisted, savePersisted, SCHEMA_VERSION, SET_ASIDE_PREFIX, STORAGE_KEY, upgradeEntry } from '../../src/state/persistence';
import { example, MemoryStorage } from './helpers';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('saving to the browser', () => {
  it('loads what it saved, invalid cells included', () => {
    const storage = new MemoryStorage();
    const draft = draftFromJson(example('covered-call.json'));
    draft.assets.BTC = { price: 'ninety thousand', volatility: '0.5' };
    savePersisted(storage, draft, 'dark');
    const loaded = loadPersisted(storage);
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind === 'loaded') {
      expect(loaded.draft).toEqual(draft);
      expect(loaded.theme).toBe('dark');
    }
  });

  it('finds nothing in an empty browser', () => {
    expect(loadPersisted(new MemoryStorage())).toEqual({ kind: 'empty' });
  });

  it('sets a corrupt entry aside under another key instead of deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"schemaVersion": 1, "portfo');
    const outcome = loadPersisted(storage, () => NOW);
    expect(outcome).toEqual({ kind: 'set-aside', reason: 'the saved data is not valid JSON', key: `${SET_ASIDE_PREFIX}2026-11-25T12:00:00.000Z` });
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-11-25T12:00:00.000Z`)).toBe('{"schemaVersion": 1, "portfo');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('refuses an entry from a newer version rather than guessing', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, portfolio: example('covered-call.json'), theme: 'light' });
    storage.setItem(STORAGE_KEY, newer);
    const outcome = loadPersisted(storage, () => NOW);
    expect(outcome.kind).toBe('set-aside');
    if (outcome.kind === 'set-aside') {
      expect(outcome.reason).toMatch(/newer version/);
      expect(storage.getItem(outcome.key!)).toBe(newer);
    }
  });

  it('refuses an entry whose portfolio is not in the format', () => {
    expect(upgradeEntry(JSON.stringify({ schemaVersion: 1, portfolio: { hello: 1 } }))).toEqual({ ok: false, reason: 'the saved portfolio is not in the Margin Lab format' });
    expect(upgradeEntry('[]')).toEqual({ ok: false, reason: 'the saved data has no schema version' });
  });

  it('leaves a bad entry in place when there is no room to copy it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    storage.failWrites = true;
    const outcome = loadPersisted(storage, () => NOW);
    expect(outcome).toMatchObject({ kind: 'set-aside', key: null });
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage');
  });

  it('reports a refused write instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(savePersisted(storage, draftFromJson(example('covered-call.json')), 'system')).toBe(false);
  });
});
