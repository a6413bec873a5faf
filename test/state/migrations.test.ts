import { describe, expect, it } from 'vitest';
import { loadPersisted, SET_ASIDE_PREFIX, STORAGE_KEY, upgradeEntry, type MigrationPlan } from '../../src/state/persistence';
import { example, MemoryStorage } from './helpers';

// Issue 14 item 5: versioned persistence that has been exercised. The upgrade takes its migrations
// as a parameter, so a chain can run here before the app ever needs one.

const portfolio = example('covered-call.json');

/** Version 0 kept the book under `book` and the theme as `dark: boolean`; version 1 is today's entry. */
const V0_TO_V1: MigrationPlan = {
  version: 1,
  migrations: {
    0: { name: 'book → portfolio, dark → theme', up: ({ book, dark, ...rest }) => ({ ...rest, portfolio: book, theme: dark === true ? 'dark' : 'light' }) },
  },
};

describe('migrations of the saved entry', () => {
  it('bring a version 0 entry to version 1', () => {
    const v0 = JSON.stringify({ schemaVersion: 0, book: portfolio, dark: true });
    expect(upgradeEntry(v0, V0_TO_V1)).toEqual({ ok: true, entry: { schemaVersion: 1, portfolio, theme: 'dark' } });
  });

  it('run a chain in order, each step seeing the version before it', () => {
    const seen: number[] = [];
    const step = (n: number) => ({ name: `step ${n}`, up: (entry: Record<string, unknown>) => { seen.push(entry.schemaVersion as number); return { ...entry, trail: [...(entry.trail as number[]), n] }; } });
    const plan: MigrationPlan = { version: 3, migrations: { 0: step(0), 1: step(1), 2: step(2) } };
    const upgraded = upgradeEntry(JSON.stringify({ schemaVersion: 0, portfolio, theme: 'light', trail: [] }), plan);
    expect(seen).toEqual([0, 1, 2]);
    expect(upgraded).toMatchObject({ ok: true, entry: { schemaVersion: 3, portfolio, theme: 'light' } });
    // Starting part-way runs only the steps after it.
    seen.length = 0;
    upgradeEntry(JSON.stringify({ schemaVersion: 2, portfolio, trail: [] }), plan);
    expect(seen).toEqual([2]);
  });

  it('refuse a gap in the chain, a step that throws, and a newer version, each with the reason', () => {
    const gap: MigrationPlan = { version: 2, migrations: { 0: V0_TO_V1.migrations[0]! } };
    expect(upgradeEntry(JSON.stringify({ schemaVersion: 0, book: portfolio }), gap)).toEqual({ ok: false, reason: 'no migration from schema 1' });
    const throwing: MigrationPlan = { version: 1, migrations: { 0: { name: 'broken step', up: () => { throw new Error('boom'); } } } };
    expect(upgradeEntry(JSON.stringify({ schemaVersion: 0 }), throwing)).toEqual({ ok: false, reason: 'the upgrade “broken step” (schema 0 → 1) failed: boom' });
    expect(upgradeEntry(JSON.stringify({ schemaVersion: 2, portfolio }), V0_TO_V1)).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
  });

  it('today: a version 0 entry has no migration and is set aside, not deleted', () => {
    const storage = new MemoryStorage();
    const v0 = JSON.stringify({ schemaVersion: 0, book: portfolio });
    storage.setItem(STORAGE_KEY, v0);
    expect(loadPersisted(storage, () => 0)).toEqual({ kind: 'set-aside', reason: 'no migration from schema 0', key: `${SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z` });
    expect(storage.getItem(`${SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z`)).toBe(v0);
  });
});

describe('entries that pass the start-up check but would throw later', () => {
  /** An array nested 100,000 deep, as text: JSON.stringify of it would itself overflow the stack. */
  const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  it.each([
    ['name', (doc: Record<string, unknown>) => { doc.name = 'DEEP'; }],
    ['assets', (doc: Record<string, unknown>) => { (doc.assets as Record<string, Record<string, unknown>>).BTC!.price = 'DEEP'; }],
  ])('a deeply nested array in %s is set aside under its own key, with the reason', (field, damage) => {
    const doc = structuredClone(portfolio);
    damage(doc);
    const raw = JSON.stringify({ schemaVersion: 1, portfolio: doc, theme: 'light' }).replace('"DEEP"', DEEP);
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const outcome = loadPersisted(storage, () => 0);
    expect(outcome).toEqual({ kind: 'set-aside', reason: `the saved portfolio holds data nested too deeply in “${field}”`, key: `${SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z` });
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(storage.getItem(`${SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z`)).toBe(raw);
  });
});
