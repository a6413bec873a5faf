import type Decimal from 'decimal.js';
import { dec, Dec, maxDec, ZERO } from '../money';
import { scenarioGrid, type GridScenario } from '../rules';
import { asPrice, type AssetSymbol } from '../types';
import type { BookContext } from '../valuation/context';
import { optionModel } from '../valuation/position';
import type { OptionPosition } from '../format/schema';
import { poolBalance } from './pool';

/** One asset's risk array: the loss of everything on it in each scenario of the grid. */
export interface RiskArray {
  asset: AssetSymbol;
  /** The scan range used (0.15 = ±15 %). */
  priceRange: number;
  scenarios: GridScenario[];
  /** Price move of each scenario as a fraction. */
  moves: number[];
  /** Weighted loss in each scenario (positive: money lost). */
  losses: Decimal[];
  /** Index of the worst scenario. */
  worst: number;
  /** Worst weighted loss, never below 0. */
  worstLoss: Decimal;
  /** Minimum charge of the short options on this asset. */
  shortOptionCharge: Decimal;
  /** worstLoss + shortOptionCharge. */
  requirement: Decimal;
  /** +1 when the worst loss comes from a fall (the book is long the asset), −1 from a rise. */
  direction: 1 | -1;
}

/**
 * Revalues the asset's spot balance, cross futures and cross options over the grid. Spot and
 * futures move linearly (quantity × price × move); options are repriced by Black-76 at the moved
 * price and shocked volatility. Isolated positions carry their own margin and are left out.
 */
export function assetRiskArray(ctx: BookContext, asset: AssetSymbol, price: Decimal): RiskArray {
  const settings = ctx.portfolioMargin;
  const scenarios = scenarioGrid(settings);
  // The quote is the unit of account: no scenario moves it against itself, so its balance (an
  // isolated position's borrow of it included) carries no price risk.
  const priceRange = asset === ctx.portfolio.quote ? 0 : ctx.assetRules[asset]!.priceRange;
  let linearQuantity = poolBalance(ctx, asset) ?? ZERO;
  const options: { p: OptionPosition; value: Decimal }[] = [];
  let shortOptionCharge = ZERO;
  for (const p of ctx.portfolio.positions) {
    if (p.asset !== asset || p.margin?.mode === 'isolated') continue;
    if (p.type === 'option') {
      options.push({ p, value: dec(optionModel(ctx, p, asPrice(price)).price) });
      if (p.quantity.isNegative()) shortOptionCharge = shortOptionCharge.plus(p.quantity.abs().times(price).times(settings.shortOptionMinimum));
    } else linearQuantity = linearQuantity.plus(p.quantity);
  }
  const moves = scenarios.map((s) => s.rangeMultiple * priceRange);
  const losses = scenarios.map((s, i) => {
    const move = new Dec(moves[i]!);
    const moved = price.times(move.plus(1));
    let change = linearQuantity.times(price).times(move);
    const volatilityFactor = 1 + s.volatility * settings.volatilityShock;
    for (const { p, value } of options) change = change.plus(p.quantity.times(dec(optionModel(ctx, p, asPrice(moved), volatilityFactor).price).minus(value)));
    return change.neg().times(s.weight);
  });
  let worst = 0;
  losses.forEach((loss, i) => {
    if (loss.greaterThan(losses[worst]!)) worst = i;
  });
  const worstLoss = maxDec(losses[worst] ?? ZERO, ZERO);
  return {
    asset, priceRange, scenarios, moves, losses, worst, worstLoss, shortOptionCharge,
    requirement: worstLoss.plus(shortOptionCharge),
    direction: (moves[worst] ?? 0) <= 0 ? 1 : -1,
  };
}
