import type Decimal from 'decimal.js';
import type { AccountState } from './account';
import { ZERO } from './money';
import type { BookContext } from './valuation/context';
import { exposedAssets } from './exposure';

// Stage "health": the account's health as each kind of venue names and shows it, with a zone judged
// by how far liquidation is in the asset's own daily volatility, not by the ratio alone (a ratio of
// 9.87 reads "healthy" while a 7.9 % move of a 60 %-volatility asset, about 2.5 daily σ, liquidates).

/** Daily volatility from annual: σ_daily = σ_annual ÷ √365 (crypto trades every day). */
const DAYS_PER_YEAR = 365;
/** Fewer daily σ than this to liquidation: danger (a one-σ day, about one day in three, liquidates). */
const DANGER_BELOW_SIGMAS = 1;
/**
 * Fewer than this: caution. Under a normal law a 3σ day comes about once a year; crypto's fat tails
 * (the Oct 2025 and Aug 2024 crashes were 5–10 daily σ) make it several times a year.
 */
const CAUTION_BELOW_SIGMAS = 3;

export type HealthZone = 'safe' | 'caution' | 'danger' | 'liquidated';

/** The nearest liquidation: a move of one asset (others held) or of every non-stable asset together. */
export interface NearestLiquidation {
  /** An asset symbol, or "joint". */
  along: string;
  /** Signed fraction of today's price (−0.079: a 7.9 % fall). */
  move: number;
  /** The daily volatility the move is measured in (fraction). */
  dailyVolatility: number;
  /** |move| ÷ daily volatility. */
  dailySigmas: number;
}

export interface HealthReading {
  /**
   * Exchange and portfolio rule sets: "margin ratio" = maintenance ÷ adjusted equity, as Binance and
   * Bybit show it (liquidation at 1, i.e. 100 %; lower is safer). Lending: "health factor" =
   * Σ collateral × liquidation threshold ÷ debt, as Aave shows it (liquidation below 1; higher is safer).
   */
  measure: 'margin ratio' | 'health factor';
  /** Never negative: null (with `reason`) where it has no meaning; a margin ratio with no equity left is null and liquidated. */
  value: Decimal | null;
  reason?: string;
  /** At or past liquidation now: margin ratio ≥ 1 (or no equity left), health factor < 1. */
  liquidated: boolean;
  zone: HealthZone;
  nearest: NearestLiquidation | null;
}

/** A move to liquidation found by the liquidation stage, as a fraction of today's price. */
export interface LiquidationMove {
  along: string;
  move: number;
}

/**
 * σ_daily of each non-stable asset, and the largest of those the book is exposed to (a balance or a
 * position): a joint move is measured in it, which gives the fewest σ, the cautious reading.
 */
function dailyVolatilities(ctx: BookContext): { byAsset: Map<string, number>; largest: number } {
  const byAsset = new Map<string, number>();
  const exposed = exposedAssets(ctx.portfolio);
  let largest = 0;
  for (const symbol of ctx.assets) {
    if (ctx.stable[symbol]) continue;
    const daily = ctx.portfolio.assets[symbol]!.volatility / Math.sqrt(DAYS_PER_YEAR);
    byAsset.set(symbol, daily);
    if (exposed.has(symbol) && daily > largest) largest = daily;
  }
  return { byAsset, largest };
}

function nearestLiquidation(ctx: BookContext, moves: readonly LiquidationMove[]): NearestLiquidation | null {
  const { byAsset, largest } = dailyVolatilities(ctx);
  let nearest: NearestLiquidation | null = null;
  for (const { along, move } of moves) {
    // A stablecoin that is not the quote still has liquidation prices (a depeg), but no volatility to measure them in.
    const dailyVolatility = along === 'joint' ? largest : byAsset.get(along) ?? 0;
    if (!(dailyVolatility > 0) || !Number.isFinite(move)) continue;
    const dailySigmas = Math.abs(move) / dailyVolatility;
    if (!nearest || dailySigmas < nearest.dailySigmas) nearest = { along, move, dailyVolatility, dailySigmas };
  }
  return nearest;
}

function zoneOf(liquidated: boolean, nearest: NearestLiquidation | null): HealthZone {
  if (liquidated) return 'liquidated';
  if (!nearest) return 'safe';
  if (nearest.dailySigmas < DANGER_BELOW_SIGMAS) return 'danger';
  return nearest.dailySigmas < CAUTION_BELOW_SIGMAS ? 'caution' : 'safe';
}

export function healthReading(ctx: BookContext, account: AccountState, moves: readonly LiquidationMove[]): HealthReading {
  const { numerator, requirement } = account.maintenanceHealth;
  const nearest = nearestLiquidation(ctx, moves);
  if (ctx.rules.kind === 'lending') {
    if (requirement.isZero()) return { measure: 'health factor', value: null, reason: 'no debt: nothing can be liquidated', liquidated: false, zone: 'safe', nearest };
    const value = numerator.isNegative() ? ZERO : numerator.div(requirement);
    const liquidated = value.lessThan(1);
    return { measure: 'health factor', value, liquidated, zone: zoneOf(liquidated, nearest), nearest };
  }
  // decimal.js counts 0 as positive: an empty pool (0 ÷ 0) has no ratio either.
  if (numerator.lessThanOrEqualTo(0)) {
    const liquidated = !requirement.isZero() || numerator.isNegative();
    return { measure: 'margin ratio', value: null, reason: 'no equity left in the pool: the ratio has no meaning', liquidated, zone: zoneOf(liquidated, nearest), nearest };
  }
  const value = requirement.div(numerator);
  const liquidated = value.greaterThanOrEqualTo(1) && !requirement.isZero();
  return { measure: 'margin ratio', value, liquidated, zone: zoneOf(liquidated, nearest), nearest };
}
