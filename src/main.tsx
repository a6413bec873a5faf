import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from './state/app-store';
import { keepSaved, loadStartingPortfolio } from './state/bootstrap';
import { createCommands } from './state/commands';
import { connectEvaluation } from './state/evaluation';
import { fetchRelativeJson } from './state/examples';
import { SHARE_HASH_PREFIX } from './state/share-link';
import type { StorageLike } from './state/persistence';
import { App } from './ui/App';
import { CommandsContext } from './ui/common/commands-context';
import { createEngineHandle } from './worker/engine-handle';
import { spawnEngineWorker } from './worker/spawn';
import './ui/styles.css';

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const engine = createEngineHandle(spawnEngineWorker, (event) => {
    appStore.getState().pushNotice({ tone: 'error', title: `The engine stopped (${event.message}) and was restarted; your portfolio is kept.` });
  });
  const storage = browserStorage();
  const canSave = await loadStartingPortfolio({ store: appStore, storage, fetchJson: fetchRelativeJson });
  // Asked before the first evaluation, so that the worker answers it first: the picker's source line
  // then shows with the first report, not 100 ms after it, pushing the page down 43 px.
  void engine.ruleSets().then((outcome) => {
    if (outcome.status === 'done') appStore.setState({ ruleSets: outcome.value });
  });
  connectEvaluation(appStore, engine);
  if (storage && canSave) keepSaved(appStore, storage);
  const commands = createCommands({ store: appStore, engine, fetchJson: fetchRelativeJson });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <CommandsContext.Provider value={commands}>
        <App />
      </CommandsContext.Provider>
    </StrictMode>,
  );

  // A share link opens on top of the saved portfolio (undo returns to it); the hash then becomes
  // the Build view's route so that a reload does not open the link again over later edits. Other
  // hashes are the views' routes (#/risk …) and are left to the router.
  const openHash = async () => {
    const hash = window.location.hash;
    if (!hash.startsWith(SHARE_HASH_PREFIX)) return;
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/build`);
    await commands.openShareHash(hash);
  };
  window.addEventListener('hashchange', () => void openHash());
  await openHash();
}

void start();
