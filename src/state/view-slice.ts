import type { StateCreator } from 'zustand/vanilla';
import type { DraftPosition, PositionType } from './draft';
import { reshapePosition } from './defaults';
import type { AppState } from './store-types';
import { prototypeFreeRecord } from './json-form';

export type Theme = 'system' | 'light' | 'dark';

/** What-if market regime, prices held: every volatility × a multiplier, correlations lifted to a floor (null: none). */
export interface WhatIfRegime {
  volatilityMultiplier: number;
  correlationFloor: number | null;
}

/** Today's market: no regime. */
const NO_REGIME: WhatIfRegime = { volatilityMultiplier: 1, correlationFloor: null };

/** The slider's range: volatility × 1 … × 5 (the format accepts 0.1 … 10; calmer markets are not the question here). */
export const REGIME_LIMITS = { min: 1, max: 5 } as const;

/** How the book is looked at: what-if moves, the theme, a trade being previewed. None of it is undoable. */
export interface ViewSlice {
  /** What-if price moves by asset, as fractions (0.1 = +10 %). */
  priceMoves: Record<string, number>;
  /** What-if move of every non-stable asset together, as a fraction. */
  jointMove: number;
  /** What-if market regime, prices held (dynamic margin). */
  regime: WhatIfRegime;
  theme: Theme;
  /** A hypothetical position shown before → after, not yet in the portfolio. */
  previewTrade: DraftPosition | null;
  /** A what-if slider is held down: views too slow to follow a drag wait for its release. */
  sliderHeld: boolean;
  setSliderHeld(held: boolean): void;
  setPriceMove(asset: string, move: number): void;
  setJointMove(move: number): void;
  setVolatilityMultiplier(multiplier: number): void;
  setCorrelationFloor(floor: number | null): void;
  /** Clear the price moves and the regime: the book as it is today. */
  resetMoves(): void;
  setTheme(theme: Theme): void;
  startPreview(position: DraftPosition): void;
  updatePreview(patch: Partial<Omit<DraftPosition, 'type'>>): void;
  setPreviewType(type: PositionType): void;
  dropPreview(): void;
  /** Add the previewed position to the portfolio (one undoable edit) and close the preview. */
  addPreviewToPortfolio(): void;
}

/** Moves are clamped to what a price can do: never to zero or below. */
const MOVE_LIMITS = { min: -0.9, max: 2 } as const;

function clampMove(move: number): number {
  if (!Number.isFinite(move)) return 0;
  return Math.min(MOVE_LIMITS.max, Math.max(MOVE_LIMITS.min, move));
}

/** Moves by asset symbol, prototype-free: the slider of an asset named "toString" reads no move, not a function. */
const noMoves = (): Record<string, number> => prototypeFreeRecord<number>([]);

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  priceMoves: noMoves(),
  jointMove: 0,
  regime: NO_REGIME,
  theme: 'system',
  previewTrade: null,
  sliderHeld: false,
  setSliderHeld: (held) => {
    if (get().sliderHeld !== held) set({ sliderHeld: held });
  },
  setPriceMove(asset, move) {
    const priceMoves = prototypeFreeRecord(Object.entries(get().priceMoves));
    const clamped = clampMove(move);
    if (clamped === 0) delete priceMoves[asset];
    else priceMoves[asset] = clamped;
    set({ priceMoves });
  },
  setJointMove: (move) => set({ jointMove: clampMove(move) }),
  setVolatilityMultiplier(multiplier) {
    const clamped = Number.isFinite(multiplier) ? Math.min(REGIME_LIMITS.max, Math.max(REGIME_LIMITS.min, multiplier)) : 1;
    set({ regime: { ...get().regime, volatilityMultiplier: clamped } });
  },
  setCorrelationFloor(floor) {
    const clamped = floor === null || !Number.isFinite(floor) ? null : Math.min(1, Math.max(-1, floor));
    set({ regime: { ...get().regime, correlationFloor: clamped } });
  },
  resetMoves: () => set({ priceMoves: noMoves(), jointMove: 0, regime: NO_REGIME }),
  setTheme: (theme) => set({ theme }),
  startPreview: (position) => set({ previewTrade: position }),
  updatePreview(patch) {
    const current = get().previewTrade;
    if (current) set({ previewTrade: { ...current, ...patch } });
  },
  setPreviewType(type) {
    const current = get().previewTrade;
    if (current && current.type !== type) set({ previewTrade: reshapePosition(current, type, get().draft) });
  },
  dropPreview: () => set({ previewTrade: null }),
  addPreviewToPortfolio() {
    const position = get().previewTrade;
    if (!position) return;
    get().addPosition(position);
    set({ previewTrade: null });
  },
});
