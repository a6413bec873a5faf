import type { DraftPortfolio } from './draft';
import { draftFromJson, draftToJson } from './json-form';
import type { Theme } from './view-slice';

// The browser keeps one entry: the portfolio (in the file format) and the view settings, under a
// schema version of its own. Older entries are brought forward by the migrations below, one named
// step at a time; an entry from a newer build, or one that cannot be read, is never guessed at:
// it is moved aside under another key (not deleted) and the app starts afresh.

export const STORAGE_KEY = 'margin-lab/state';
export const SET_ASIDE_PREFIX = 'margin-lab/set-aside/';
export const SCHEMA_VERSION = 1;

/** What localStorage offers that this module uses; tests pass a Map-backed stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PersistedEntry {
  schemaVersion: number;
  /** The portfolio document, in the file format (numbers the user has mistyped stay text). */
  portfolio: unknown;
  theme: Theme;
}

/** Step n turns an entry of schema version n into one of version n + 1. None yet: version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, { name: string; up: (entry: Record<string, unknown>) => Record<string, unknown> }>> = {};

export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'loaded'; draft: DraftPortfolio; theme: Theme }
  /** The entry was moved to `key`; `reason` says why, in words. */
  | { kind: 'set-aside'; reason: string; key: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTheme(value: unknown): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Why an entry cannot be used, or the entry brought to the current schema version. */
export function upgradeEntry(raw: string): { ok: true; entry: PersistedEntry } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved data is not valid JSON' };
  }
  if (!isRecord(parsed) || typeof parsed.schemaVersion !== 'number' || !Number.isInteger(parsed.schemaVersion)) {
    return { ok: false, reason: 'the saved data has no schema version' };
  }
  if (parsed.schemaVersion > SCHEMA_VERSION) {
    return { ok: false, reason: `it was saved by a newer version of Margin Lab (schema ${parsed.schemaVersion}; this one reads up to ${SCHEMA_VERSION})` };
  }
  let entry = parsed;
  for (let version = parsed.schemaVersion; version < SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema ${version}` };
    entry = { ...step.up(entry), schemaVersion: version + 1 };
  }
  const portfolio = entry.portfolio;
  if (!isRecord(portfolio) || portfolio.format !== 'margin-lab/portfolio' || !isRecord(portfolio.assets)) {
    return { ok: false, reason: 'the saved portfolio is not in the Margin Lab format' };
  }
  return { ok: true, entry: { schemaVersion: SCHEMA_VERSION, portfolio, theme: readTheme(entry.theme) } };
}

/** Read the saved state; an unusable entry is moved aside before anything overwrites it. */
export function loadPersisted(storage: StorageLike, now: () => number = Date.now): LoadOutcome {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const upgraded = upgradeEntry(raw);
  if (upgraded.ok) return { kind: 'loaded', draft: draftFromJson(upgraded.entry.portfolio), theme: upgraded.entry.theme };
  const key = `${SET_ASIDE_PREFIX}${new Date(now()).toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(STORAGE_KEY);
    return { kind: 'set-aside', reason: upgraded.reason, key };
  } catch {
    // No room to keep a copy: leave the entry where it is and do not save over it this session.
    return { kind: 'set-aside', reason: upgraded.reason, key: null };
  }
}

export function serialize(draft: DraftPortfolio, theme: Theme): string {
  const entry: PersistedEntry = { schemaVersion: SCHEMA_VERSION, portfolio: draftToJson(draft), theme };
  return JSON.stringify(entry);
}

/** Save; false when the browser refuses (storage full or disabled). */
export function savePersisted(storage: StorageLike, draft: DraftPortfolio, theme: Theme): boolean {
  try {
    storage.setItem(STORAGE_KEY, serialize(draft, theme));
    return true;
  } catch {
    return false;
  }
}
