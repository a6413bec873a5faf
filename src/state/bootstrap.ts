import { blankPortfolio } from './defaults';
import { loadExample, loadExampleIndex, type FetchJson } from './examples';
import { draftFromJson } from './json-form';
import { parseHistory, serializeHistory, UNDO_STORAGE_KEY } from './history';
import { loadPersisted, savePersisted, setAside, type StorageLike } from './persistence';
import type { AppStore } from './store';

// Start-up: the saved portfolio if there is a readable one, else the first example, else a blank
// book; and from then on, every change saved.

export interface StartDeps {
  store: AppStore;
  storage: StorageLike | null;
  fetchJson: FetchJson;
  now?: () => number;
}

/** Load the starting portfolio; resolves to whether saving is safe (false if a bad entry could not be moved aside). */
export async function loadStartingPortfolio({ store, storage, fetchJson, now = Date.now }: StartDeps): Promise<boolean> {
  const state = store.getState();
  const saved = storage ? loadPersisted(storage, now) : { kind: 'empty' as const };
  if (saved.kind === 'set-aside') {
    state.pushNotice({
      tone: 'error',
      title: 'Your saved portfolio could not be opened, so the app starts from an example',
      details: [
        `Why: ${saved.reason}.`,
        saved.key
          ? `It has been kept, not deleted, in this browser’s local storage under the key “${saved.key}”.`
          : 'It has been left in place; changes made now will not be saved over it.',
      ],
    });
  }
  const examples = await loadExampleIndex(fetchJson).catch(() => {
    state.pushNotice({ tone: 'error', title: 'The example portfolios could not be loaded' });
    return [];
  });
  store.setState({ examples });
  if (saved.kind === 'loaded') {
    state.replacePortfolio(saved.draft, { undoable: false });
    state.setTheme(saved.theme);
  } else {
    const first = examples[0];
    const document = first ? await loadExample(fetchJson, first).catch(() => null) : null;
    state.replacePortfolio(document ? draftFromJson(document) : blankPortfolio(new Date(now())), { undoable: false });
  }
  // Even when the portfolio itself was set aside, undo can still reach the books before it.
  if (storage) restoreUndo(store, storage, now);
  return !(saved.kind === 'set-aside' && saved.key === null);
}

/** The undo history saved by the last session; a damaged one is set aside like a damaged portfolio. */
function restoreUndo(store: AppStore, storage: StorageLike, now: () => number): void {
  let raw: string | null;
  try {
    raw = storage.getItem(UNDO_STORAGE_KEY);
  } catch {
    return;
  }
  if (raw === null) return;
  const history = parseHistory(raw);
  if (history.ok) {
    store.setState({ past: history.past, future: history.future, lastEdit: null });
    return;
  }
  const moved = setAside(storage, UNDO_STORAGE_KEY, raw, history.reason, now);
  store.getState().pushNotice({
    tone: 'error',
    title: 'Your undo history from the last visit could not be read; your portfolio is not affected',
    details: [`Why: ${moved.reason}.`, ...(moved.key ? [`It has been kept under the key “${moved.key}”.`] : [])],
  });
}

/** Save the undo history; a browser short of room gets a smaller one, then none (never a stale one). */
function saveUndo(storage: StorageLike, store: AppStore): void {
  const { past, future } = store.getState();
  for (const budget of [undefined, 100_000]) {
    try {
      storage.setItem(UNDO_STORAGE_KEY, serializeHistory({ past, future }, budget));
      return;
    } catch {
      // Try the smaller budget, then give up below.
    }
  }
  try {
    storage.removeItem(UNDO_STORAGE_KEY);
  } catch {
    // Storage disabled: nothing to keep, nothing stale to remove.
  }
}

/** Runs `task` when the page is idle (at the latest after `timeoutMs`); returns how to cancel it. */
function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(task, { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

/**
 * Save the portfolio and theme a moment after each change, when the page is idle: writing a large
 * book must not land in the same task as the figures it changed. Returns the function that stops it.
 */
export function keepSaved(store: AppStore, storage: StorageLike, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let warned = false;
  let undoChanged = false;
  let portfolioChanged = false;
  const savePortfolio = () => {
    if (!portfolioChanged) return;
    portfolioChanged = false;
    const { draft, theme } = store.getState();
    if (!savePersisted(storage, draft, theme) && !warned) {
      warned = true;
      store.getState().pushNotice({ tone: 'error', title: 'The browser refused to save the portfolio (storage full or disabled); export it to keep it.' });
    }
  };
  const saveHistory = () => {
    if (!undoChanged) return;
    undoChanged = false;
    saveUndo(storage, store);
  };
  const save = () => {
    timer = undefined;
    cancelIdle = undefined;
    savePortfolio();
    // The undo history in an idle task of its own: after a 1,000-position import the two writes
    // made one task of 30 ms here, and of 90 on a loaded machine.
    // An edit made while it waits is saved with it.
    if (undoChanged)
      cancelIdle = whenIdle(() => {
        cancelIdle = undefined;
        savePortfolio();
        saveHistory();
      }, 2000);
  };
  const pending = () => timer !== undefined || cancelIdle !== undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    const historyMoved = state.past !== previous.past || state.future !== previous.future;
    const portfolioMoved = state.draft !== previous.draft || state.theme !== previous.theme;
    if (!portfolioMoved && !historyMoved) return;
    if (historyMoved) undoChanged = true;
    if (portfolioMoved) portfolioChanged = true;
    if (pending()) return;
    timer = setTimeout(() => {
      timer = undefined;
      cancelIdle = whenIdle(save, 2000);
    }, delayMs);
  });
  // Leaving the page must not lose the last keystrokes.
  const flush = () => {
    if (!pending()) return;
    clearTimeout(timer);
    cancelIdle?.();
    timer = undefined;
    cancelIdle = undefined;
    savePortfolio();
    saveHistory();
  };
  globalThis.addEventListener?.('pagehide', flush);
  return () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', flush);
    flush();
  };
}
