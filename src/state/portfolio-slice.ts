import type { StateCreator } from 'zustand/vanilla';
import type { DraftAsset, DraftMargin, DraftPortfolio, DraftPosition, OptionRight, OverrideField, PortfolioMarginNumber, PositionTextField, PositionType } from './draft';
import * as edits from './draft-edits';
import { setPortfolioMargin } from './risk-margin-edits';
import { emptyHistory, recordEdit, redoStep, undoStep, type History } from './history';
import type { AppState, StoreDeps } from './store-types';

/** The portfolio being edited, its undo history, and every edit as an action. */
export interface PortfolioSlice extends History {
  draft: DraftPortfolio;
  /**
   * An option the last edit added (or turned a row into), its premium still the default 0. The
   * first premium set on it (the model value the table writes once the engine has valued it)
   * belongs to the same undo step: one Undo takes the new option away, not its premium first.
   */
  newOption: { index: number; id: string } | null;
  /** Replace the whole portfolio (an example, an import, a link); undoable unless it is the start-up load. */
  replacePortfolio(draft: DraftPortfolio, options?: { undoable?: boolean }): void;
  setName(name: string): void;
  setRules(rules: string): void;
  setAssetField(symbol: string, field: 'price' | 'volatility', text: string): void;
  setAssetStable(symbol: string, stable: boolean | undefined): void;
  addAsset(symbol: string, asset: DraftAsset): void;
  removeAsset(symbol: string): void;
  setOverride(symbol: string, field: OverrideField, text: string): void;
  /** One portfolio-margin setting; empty text or undefined removes it (the default applies). */
  setPortfolioMargin(field: PortfolioMarginNumber | 'grid' | 'interAssetOffset', value: string | boolean | undefined): void;
  setBalance(symbol: string, text: string): void;
  removeBalance(symbol: string): void;
  setPositionText(index: number, field: PositionTextField, text: string): void;
  setPositionType(index: number, type: PositionType): void;
  setPositionRight(index: number, right: OptionRight): void;
  setPositionMargin(index: number, mode: DraftMargin['mode']): void;
  setPositionCollateral(index: number, text: string): void;
  addPosition(position: DraftPosition): void;
  duplicatePosition(index: number): void;
  deletePosition(index: number): void;
  undo(): void;
  redo(): void;
}

export function createPortfolioSlice(initial: DraftPortfolio, deps: StoreDeps): StateCreator<AppState, [], [], PortfolioSlice> {
  return (set, get) => {
    /** Apply an edit; `key` names the field so that keystrokes into it merge into one undo step. */
    const edit = (next: DraftPortfolio, key: string | null = null) => {
      const state = get();
      if (next === state.draft) return;
      set({ draft: next, newOption: null, ...recordEdit(state, state.draft, key, deps.now()) });
    };
    const draft = () => get().draft;
    /** After an edit that may have made the option at `index`: remember it while its premium is 0. */
    const watchNewOption = (index: number) => {
      const position = get().draft.positions[index];
      if (position?.type === 'option' && (position.premium ?? '0') === '0') set({ newOption: { index, id: position.id } });
    };
    /** The premium of the option just made, written into the step that made it (no step of its own). */
    const premiumOfNewOption = (index: number, text: string): boolean => {
      const fresh = get().newOption;
      const position = get().draft.positions[index];
      if (fresh === null || fresh.index !== index || position?.id !== fresh.id || get().past.length === 0) return false;
      const key = `positions[${index}].premium`;
      // Keystrokes that follow at once still merge into this step, as in any field.
      set({ draft: edits.setPositionText(draft(), index, 'premium', text), newOption: null, lastEdit: { key, at: deps.now() } });
      return true;
    };
    return {
      draft: initial,
      ...emptyHistory,
      newOption: null,
      replacePortfolio(next, options) {
        if (options?.undoable === false) set({ draft: next, newOption: null, ...emptyHistory });
        else edit(next);
      },
      setName: (name) => edit({ ...draft(), name }, 'name'),
      setRules: (rules) => edit({ ...draft(), rules }),
      setAssetField: (symbol, field, text) => edit(edits.setAssetField(draft(), symbol, field, text), `assets.${symbol}.${field}`),
      setAssetStable: (symbol, stable) => edit(edits.setAssetStable(draft(), symbol, stable)),
      addAsset: (symbol, asset) => edit(edits.addAsset(draft(), symbol, asset)),
      removeAsset: (symbol) => edit(edits.removeAsset(draft(), symbol)),
      setOverride: (symbol, field, text) => edit(edits.setOverride(draft(), symbol, field, text), `overrides.${symbol}.${field}`),
      setPortfolioMargin: (field, value) => edit(setPortfolioMargin(draft(), field, value), typeof value === 'string' && field !== 'grid' ? `portfolioMargin.${field}` : null),
      setBalance: (symbol, text) => edit(edits.setBalance(draft(), symbol, text), `balances.${symbol}`),
      removeBalance: (symbol) => edit(edits.removeBalance(draft(), symbol)),
      setPositionText(index, field, text) {
        if (field === 'premium' && premiumOfNewOption(index, text)) return;
        edit(edits.setPositionText(draft(), index, field, text), `positions[${index}].${field}`);
      },
      setPositionType(index, type) {
        const before = draft();
        edit(edits.setPositionType(before, index, type));
        if (draft() !== before) watchNewOption(index);
      },
      setPositionRight: (index, right) => edit(edits.setPositionRight(draft(), index, right)),
      setPositionMargin: (index, mode) => edit(edits.setPositionMargin(draft(), index, mode)),
      setPositionCollateral: (index, text) => edit(edits.setPositionCollateral(draft(), index, text), `positions[${index}].margin.collateral`),
      addPosition(position) {
        edit(edits.addPosition(draft(), position));
        watchNewOption(draft().positions.length - 1);
      },
      duplicatePosition: (index) => edit(edits.duplicatePosition(draft(), index)),
      deletePosition: (index) => edit(edits.deletePosition(draft(), index)),
      undo() {
        const step = undoStep(get(), get().draft);
        if (step) set({ draft: step.draft, newOption: null, ...step.history });
      },
      redo() {
        const step = redoStep(get(), get().draft);
        if (step) set({ draft: step.draft, newOption: null, ...step.history });
      },
    };
  };
}
