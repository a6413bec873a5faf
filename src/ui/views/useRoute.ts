import { useSyncExternalStore } from 'react';
import { viewFromHash, type ViewId } from './routes';

// A router of a dozen lines: the hash is the state, `hashchange` the event. A library would add
// nested routes and loaders this app does not need.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const currentView = (): ViewId => viewFromHash(window.location.hash);

/** The view the address names, following the back and forward buttons. */
export function useRoute(): ViewId {
  return useSyncExternalStore(subscribe, currentView, () => 'build');
}

/** Go to a view (a new history entry, so Back returns). */
export function goToView(view: ViewId): void {
  window.location.hash = `#/${view}`;
}
