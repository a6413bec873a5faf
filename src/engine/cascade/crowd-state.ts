import type { AssetSymbol } from '../types';
import type { CascadeRules } from './types';

// The crowd as struct-of-arrays: one Float64Array per field instead of an object per account, so
// 100 000 accounts are a few contiguous blocks the step loop walks without allocating.
//
// An account is a quote balance (`cash`) and positions. A perpetual's entry price is folded into
// the cash (cash = collateral − quantity × entry), so at any price equity = cash + Σ quantity ×
// price; a lending account is the same with collateral as a long and debt as negative cash.
// Both liquidation tests are then one linear "surplus":
//   surplus = cash × (cash > 0 ? positive-cash weight : 1) + Σ quantity × weight × price,
// liquidated when the surplus is below 0. Weights (as Mango's health: asset and liability weights):
//   exchange: long 1 − maintenance rate, short 1 + maintenance rate (equity − maintenance < 0);
//   lending:  collateral (long) its liquidation threshold, debt (short) 1 (Σ collateral × LT − debt < 0).

export interface Crowd {
  /** Asset symbols by index: positionAsset holds these indices. */
  assets: readonly AssetSymbol[];
  accountCount: number;
  /** Generated traders (an isolated multi-asset trader owns several accounts). */
  traderCount: number;
  cash: Float64Array;
  /** Weight of a positive cash balance in the surplus (lending: the quote collateral's threshold). */
  positiveCashWeight: number;
  /** Positions of account a are firstPosition[a] … firstPosition[a + 1] − 1. */
  firstPosition: Int32Array;
  positionAsset: Uint16Array;
  /** Signed units: positive long (or collateral), negative short (or borrowed). */
  quantity: Float64Array;
  /** Surplus weight of the position's value. */
  weight: Float64Array;
  /**
   * Index of the user's account, −1 without one. Its positions trade like anyone's, but its
   * liquidation test is its own placement (user-account.ts), not the weights above.
   */
  userAccount: number;
}

/** 0: long side of an asset, 1: short side. Per (asset, side) live the bucket, open interest and levy index. */
export const sideIndex = (quantity: number): 0 | 1 => (quantity > 0 ? 0 : 1);

export function surplusWeight(rules: CascadeRules, asset: AssetSymbol, side: 'long' | 'short'): number {
  if (rules.kind === 'exchange') {
    const rate = Object.hasOwn(rules.maintenanceRate, asset) ? rules.maintenanceRate[asset]! : 0;
    return side === 'long' ? 1 - rate : 1 + rate;
  }
  return side === 'long' ? (Object.hasOwn(rules.liquidationThreshold, asset) ? rules.liquidationThreshold[asset]! : 0) : 1;
}

export function positiveCashWeight(rules: CascadeRules): number {
  return rules.kind === 'lending' ? rules.quoteLiquidationThreshold : 1;
}

/**
 * The highest leverage (notional ÷ collateral) at which a position entered at today's price is
 * not already liquidatable: the surplus at entry, collateral·c − notional·s·(1 − w)… solved for
 * zero (c the cash weight where the cash is positive). Infinity where no leverage liquidates.
 */
export function maxHealthyLeverage(rules: CascadeRules, asset: AssetSymbol, side: 'long' | 'short'): number {
  const w = surplusWeight(rules, asset, side);
  // Long: cash = C − N ≤ 0 once leveraged, surplus = C − N + N·w > 0 ⇔ N / C < 1 / (1 − w).
  if (side === 'long') return w >= 1 ? Infinity : 1 / (1 - w);
  // Short: cash = C + N > 0, surplus = c·(C + N) − N·w > 0 ⇔ N / C < c / (w − c).
  const c = positiveCashWeight(rules);
  return w <= c ? Infinity : c / (w - c);
}
