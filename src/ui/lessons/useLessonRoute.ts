import { useSyncExternalStore } from 'react';

// The address is the state of the player: a step is a hash, so Back, a reload and a link all land on it.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}
