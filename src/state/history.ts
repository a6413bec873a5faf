import type { DraftPortfolio } from './draft';

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
