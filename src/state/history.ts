import type { DraftPortfolio } from './draft';
import { documentText } from './document-text';
import { draftFromJson } from './json-form';
import { tooDeep } from './persistence';

// Undo history of the portfolio. Each edit is one step, except that keystrokes into the same
// field in quick succession make a single step: undo takes back a typed word, not a letter.

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

export interface History {
  past: DraftPortfolio[];
  future: DraftPortfolio[];
  /** The last edit's field key and time, to merge keystrokes. */
  lastEdit: { key: string; at: number } | null;
}

export const emptyHistory: History = { past: [], future: [], lastEdit: null };

/** The history after `current` is replaced by an edit with `key` (null: never merged) at time `at`. */
export function recordEdit(history: History, current: DraftPortfolio, key: string | null, at: number): History {
  const last = history.lastEdit;
  const merges = key !== null && last !== null && last.key === key && at - last.at < COALESCE_MS && history.past.length > 0;
  const past = merges ? history.past : [...history.past, current].slice(-HISTORY_LIMIT);
  return { past, future: [], lastEdit: key === null ? null : { key, at } };
}

export function undoStep(history: History, current: DraftPortfolio): { history: History; draft: DraftPortfolio } | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return { draft: previous, history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastEdit: null } };
}

export function redoStep(history: History, current: DraftPortfolio): { history: History; draft: DraftPortfolio } | null {
  const [next, ...rest] = history.future;
  if (!next) return null;
  return { draft: next, history: { past: [...history.past, current].slice(-HISTORY_LIMIT), future: rest, lastEdit: null } };
}

// The undo history survives a reload: a share link that replaced the saved book, or an import,
// can still be taken back the next day. It is kept under its own key, apart from the portfolio,
// so damage to one never costs the other; the newest steps are kept first, within a cap.

export const UNDO_STORAGE_KEY = 'margin-lab/undo';
/** Steps kept across a reload (each way), and the characters they may take in storage (about 2 MB of a 5 MB quota in UTF-16). */
export const PERSISTED_UNDO_STEPS = 50;
const PERSISTED_UNDO_BUDGET = 1_000_000;
const UNDO_SCHEMA_VERSION = 1;

/** The newest drafts of a list, as documents, while they fit in the budget; returns what is left of it. */
function newestWithin(drafts: readonly DraftPortfolio[], fromEnd: boolean, budget: number): { texts: string[]; left: number } {
  const texts: string[] = [];
  let left = budget;
  const ordered = fromEnd ? [...drafts].reverse() : drafts;
  for (const draft of ordered.slice(0, PERSISTED_UNDO_STEPS)) {
    // Made once per draft: saving after each edit does not write the older books' text again.
    const text = documentText(draft);
    if (text.length > left) break;
    texts.push(text);
    left -= text.length;
  }
  return { texts: fromEnd ? texts.reverse() : texts, left };
}

/** The history as one storage entry: past (oldest first) and future, newest steps first into the budget. */
export function serializeHistory(history: Pick<History, 'past' | 'future'>, budget = PERSISTED_UNDO_BUDGET): string {
  const past = newestWithin(history.past, true, budget);
  const future = newestWithin(history.future, false, past.left);
  return `{"schemaVersion":${UNDO_SCHEMA_VERSION},"past":[${past.texts.join(',')}],"future":[${future.texts.join(',')}]}`;
}

/** A draft from a stored document, or null when the document is damaged (that step alone is dropped). */
function storedDraft(value: unknown): DraftPortfolio | null {
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>).format !== 'margin-lab/portfolio') return null;
  if (tooDeep(value, 8) !== null) return null;
  try {
    return draftFromJson(value);
  } catch {
    return null;
  }
}

/** The stored history, or why it cannot be used. */
export function parseHistory(raw: string): { ok: true; past: DraftPortfolio[]; future: DraftPortfolio[] } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved undo history is not valid JSON' };
  }
  const entry = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (entry.schemaVersion !== UNDO_SCHEMA_VERSION || !Array.isArray(entry.past) || !Array.isArray(entry.future)) {
    return { ok: false, reason: 'the saved undo history is not in a form this version reads' };
  }
  const drafts = (list: unknown[]) => list.map(storedDraft).filter((d): d is DraftPortfolio => d !== null).slice(0, HISTORY_LIMIT);
  return { ok: true, past: drafts(entry.past), future: drafts(entry.future) };
}
