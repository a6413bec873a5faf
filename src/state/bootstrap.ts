import { blankPortfolio } from './defaults';
import { loadExample, loadExampleIndex, type FetchJson } from './examples';
import { draftFromJson } from './json-form';
import { loadPersisted, savePersisted, type StorageLike } from './persistence';
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
    return true;
  }
  const first = examples[0];
  const document = first ? await loadExample(fetchJson, first).catch(() => null) : null;
  state.replacePortfolio(document ? draftFromJson(document) : blankPortfolio(new Date(now())), { undoable: false });
  return !(saved.kind === 'set-aside' && saved.key === null);
}

/** Save the portfolio and theme a moment after each change; returns the function that stops it. */
export function keepSaved(store: AppStore, storage: StorageLike, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  const save = () => {
    timer = undefined;
    const { draft, theme } = store.getState();
    if (!savePersisted(storage, draft, theme) && !warned) {
      warned = true;
      store.getState().pushNotice({ tone: 'error', title: 'The browser refused to save the portfolio (storage full or disabled); export it to keep it.' });
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.draft === previous.draft && state.theme === previous.theme) return;
    if (timer === undefined) timer = setTimeout(save, delayMs);
  });
  // Leaving the page must not lose the last keystrokes.
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  globalThis.addEventListener?.('pagehide', flush);
  return () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', flush);
    flush();
  };
}
