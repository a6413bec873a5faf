import { useStore } from 'zustand';
import { createAppStore, type AppState } from './store';

/** The app's one store. Tests build their own with createAppStore(). */
export const appStore = createAppStore();

/** Read the store with a narrow selector: a component re-renders only when what it selects changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
