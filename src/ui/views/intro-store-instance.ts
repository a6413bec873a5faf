import { useStore } from 'zustand';
import { createIntroStore, type IntroState } from '../../state/intro';

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The page's one introduction store. */
const introStore = createIntroStore(browserStorage());

export function useIntro<T>(selector: (s: IntroState) => T): T {
  return useStore(introStore, selector);
}
