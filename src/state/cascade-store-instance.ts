import { useStore } from 'zustand';
import { appStore } from './app-store';
import { draftToJson } from './json-form';
import type { AppState } from './store-types';
import { createCascadeClient } from '../worker/cascade-client';
import { createCascadeStore, type CascadeState } from './cascade-store';

/** The one part of the app's state the cascade panel reads: the portfolio being edited. */
const selectPortfolioDraft = (s: AppState) => s.draft;
/** The rule kind of the book (known once the engine has listed its rule sets). */
export const selectRuleKind = (s: AppState): string | null => s.ruleSets.find((r) => r.name === s.draft.rules)?.kind ?? null;

// The cascade panel's store, made when the panel's code first loads. The cascade worker starts
// when the panel asks it for its presets.
export const cascadeStore = createCascadeStore({
  client: createCascadeClient(),
  portfolio: () => draftToJson(selectPortfolioDraft(appStore.getState())),
  portfolioRuleKind: () => selectRuleKind(appStore.getState()),
});

/** Read the cascade store with a narrow selector. */
export function useCascade<T>(selector: (state: CascadeState) => T): T {
  return useStore(cascadeStore, selector);
}
