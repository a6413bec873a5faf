import type { DraftPortfolio } from './draft';
import { documentText } from './document-text';
import { draftFromJson } from './json-form';
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

/** One named step: an entry of schema version n in, one of version n + 1 out. */
export interface Migration {
  name: string;
  up: (entry: Record<string, unknown>) => Record<string, unknown>;
}

/** The migrations of a build and the version it writes; tests pass their own to exercise a chain. */
export interface MigrationPlan {
  /** Step n turns version n into n + 1. */
  migrations: Readonly<Record<number, Migration>>;
  version: number;
}

/** None yet: version 1 is the first this app wrote. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};
const CURRENT_PLAN: MigrationPlan = { migrations: MIGRATIONS, version: SCHEMA_VERSION };

/** Deepest nesting a portfolio has (overrides.BTC.maintenance[0].upTo is 5); anything deeper is damage (the engine's bound too). */
export const MAX_PORTFOLIO_DEPTH = 8;

interface Nested {
  value: object;
  depth: number;
  parent: Nested | null;
  step: string | number;
}

/** "positions[3].strike": array steps in brackets, keys after a dot (none before the first key, as the path is empty then). */
function pathOf(node: Nested): string {
  const steps: (string | number)[] = [];
  for (let at: Nested | null = node; at?.parent; at = at.parent) steps.push(at.step);
  let path = '';
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    path = typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step;
  }
  return path;
}

/**
 * Where a value nests deeper than `limit`, as a path, or null. Iterative: a 100,000-deep array must
 * not overflow the stack here. Only objects are visited and a path is spelt only for the answer: a
 * path string for every node of a 1,000-position import took ~10 ms of the page's main thread.
 */
export function tooDeep(value: unknown, limit: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: Nested[] = [{ value, depth: 0, parent: null, step: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.depth >= limit) return pathOf(node) || '(top)';
    const depth = node.depth + 1;
    if (Array.isArray(node.value)) {
      const items: unknown[] = node.value;
      for (let i = 0; i < items.length; i++) {
        const child = items[i];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, depth, parent: node, step: i });
      }
    } else {
      const fields = node.value as Record<string, unknown>;
      for (const key of Object.keys(fields)) {
        const child = fields[key];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, depth, parent: node, step: key });
      }
    }
  }
  return null;
}

/** The first field of a path, for a message: "name[0][0]" → "name". */
export const fieldOf = (path: string): string => /^[^.[]+/.exec(path)?.[0] ?? path;

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
export function upgradeEntry(raw: string, plan: MigrationPlan = CURRENT_PLAN): { ok: true; entry: PersistedEntry } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved data is not valid JSON' };
  }
  if (!isRecord(parsed) || typeof parsed.schemaVersion !== 'number' || !Number.isInteger(parsed.schemaVersion)) {
    return { ok: false, reason: 'the saved data has no schema version' };
  }
  if (parsed.schemaVersion > plan.version) {
    return { ok: false, reason: `it was saved by a newer version of Margin Lab (schema ${parsed.schemaVersion}; this one reads up to ${plan.version})` };
  }
  let entry = parsed;
  for (let version = parsed.schemaVersion; version < plan.version; version += 1) {
    const step = Object.hasOwn(plan.migrations, version) ? plan.migrations[version] : undefined;
    if (!step) return { ok: false, reason: `no migration from schema ${version}` };
    try {
      entry = { ...step.up(entry), schemaVersion: version + 1 };
    } catch (error) {
      return { ok: false, reason: `the upgrade “${step.name}” (schema ${version} → ${version + 1}) failed: ${error instanceof Error ? error.message : 'unknown error'}` };
    }
  }
  const portfolio = entry.portfolio;
  if (!isRecord(portfolio) || portfolio.format !== 'margin-lab/portfolio' || !isRecord(portfolio.assets)) {
    return { ok: false, reason: 'the saved portfolio is not in the Margin Lab format' };
  }
  // Damage that passes the checks above and throws later (String() of a deeply nested array in
  // `name`: "Maximum call stack size exceeded") would blank every load: refuse it here instead.
  const deep = tooDeep(portfolio, MAX_PORTFOLIO_DEPTH);
  if (deep !== null) return { ok: false, reason: `the saved portfolio holds data nested too deeply in “${fieldOf(deep)}”` };
  return { ok: true, entry: { schemaVersion: plan.version, portfolio, theme: readTheme(entry.theme) } };
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
  if (upgraded.ok) {
    try {
      return { kind: 'loaded', draft: draftFromJson(upgraded.entry.portfolio), theme: upgraded.entry.theme };
    } catch (error) {
      // A check above missed it: still set aside, never a page that blanks on every load.
      return setAside(storage, STORAGE_KEY, raw, `the saved portfolio could not be read (${error instanceof Error ? error.message : 'unknown error'})`, now);
    }
  }
  return setAside(storage, STORAGE_KEY, raw, upgraded.reason, now);
}

/** Move an unusable entry under its own key (the set-aside prefix, the time, and which entry it was). */
export function setAside(storage: StorageLike, from: string, raw: string, reason: string, now: () => number): LoadOutcome & { kind: 'set-aside' } {
  const suffix = from === STORAGE_KEY ? '' : `/${from.replace(/^margin-lab\//, '')}`;
  const key = `${SET_ASIDE_PREFIX}${new Date(now()).toISOString()}${suffix}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(from);
    return { kind: 'set-aside', reason, key };
  } catch {
    // No room to keep a copy: leave the entry where it is and do not save over it this session.
    return { kind: 'set-aside', reason, key: null };
  }
}

/** The entry as JSON.stringify would write a PersistedEntry, the portfolio's text made once per draft. */
export function serialize(draft: DraftPortfolio, theme: Theme): string {
  return `{"schemaVersion":${SCHEMA_VERSION},"portfolio":${documentText(draft)},"theme":${JSON.stringify(theme)}}`;
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
