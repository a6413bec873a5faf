import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StorageLike } from './persistence';

// The short introduction shown on a first visit: closed once, it stays closed on later visits
// (a flag of its own in local storage, apart from the portfolio's entry) and the Help button
// opens it again.

export const INTRO_CLOSED_KEY = 'margin-lab/intro-closed';

export interface IntroState {
  open: boolean;
  close(): void;
  show(): void;
  toggle(): void;
}

export function createIntroStore(storage: StorageLike | null): StoreApi<IntroState> {
  let closedBefore = false;
  try {
    closedBefore = storage?.getItem(INTRO_CLOSED_KEY) === '1';
  } catch {
    // Storage refused (private mode): show the intro, it is only a paragraph.
  }
  const remember = () => {
    try {
      storage?.setItem(INTRO_CLOSED_KEY, '1');
    } catch {
      // Not remembered: the intro shows again next time, which loses nothing.
    }
  };
  return createStore<IntroState>()((set, get) => ({
    open: !closedBefore,
    close() {
      remember();
      set({ open: false });
    },
    show: () => set({ open: true }),
    toggle: () => (get().open ? get().close() : get().show()),
  }));
}
