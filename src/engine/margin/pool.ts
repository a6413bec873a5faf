import type Decimal from 'decimal.js';
import { ZERO } from '../money';
import { asPrice, asQuantity, type AssetSymbol, type PriceMap } from '../types';
import type { BookContext } from '../valuation/context';
import { valueBalance } from '../valuation/balance';
import { valuePosition, type PositionValuation } from '../valuation/position';
import type { Position } from '../format/schema';
import { portfolioRequirement, type AssetRisk } from './portfolio';
import { assetRiskArray } from './risk-array';

/**
 * The cross pool's totals. Every field is a sum over assets, so moving one asset's price only
 * needs that asset's share recomputed (what the solvers and curves rely on for speed).
 */
export interface PoolTotals {
  /** Balances at full value, signed. */
  balanceValue: Decimal;
  /** Holdings after haircut. */
  collateralValue: Decimal;
  /** Borrows at full value. */
  liabilities: Decimal;
  /** Cross futures' unrealised PnL. */
  unrealizedPnl: Decimal;
  /** Cross options' value (negative for shorts). */
  optionValue: Decimal;
  maintenanceMargin: Decimal;
  initialMargin: Decimal;
  /** Lending: Σ holdings × liquidation threshold, and Σ holdings × max LTV. */
  weightedCollateral: Decimal;
  borrowLimit: Decimal;
  /** Portfolio margin: each asset's risk (worst loss of its grid), kept apart because offsets combine them. */
  risk: Readonly<Record<AssetSymbol, AssetRisk>>;
}

const EMPTY_TOTALS: PoolTotals = {
  balanceValue: ZERO, collateralValue: ZERO, liabilities: ZERO, unrealizedPnl: ZERO, optionValue: ZERO,
  maintenanceMargin: ZERO, initialMargin: ZERO, weightedCollateral: ZERO, borrowLimit: ZERO, risk: {},
};

/** Per-asset risks: adding one asset's contribution sets its entry, taking it away removes it. */
function mergeRisk(a: PoolTotals['risk'], b: PoolTotals['risk'], sign: 1 | -1): PoolTotals['risk'] {
  if (Object.keys(b).length === 0) return a;
  if (sign === 1) return { ...a, ...b };
  const out = { ...a };
  for (const key of Object.keys(b)) delete out[key];
  return out;
}

export function addTotals(a: PoolTotals, b: PoolTotals, sign: 1 | -1 = 1): PoolTotals {
  const op = (x: Decimal, y: Decimal) => (sign === 1 ? x.plus(y) : x.minus(y));
  return {
    balanceValue: op(a.balanceValue, b.balanceValue),
    collateralValue: op(a.collateralValue, b.collateralValue),
    liabilities: op(a.liabilities, b.liabilities),
    unrealizedPnl: op(a.unrealizedPnl, b.unrealizedPnl),
    optionValue: op(a.optionValue, b.optionValue),
    maintenanceMargin: op(a.maintenanceMargin, b.maintenanceMargin),
    initialMargin: op(a.initialMargin, b.initialMargin),
    weightedCollateral: op(a.weightedCollateral, b.weightedCollateral),
    borrowLimit: op(a.borrowLimit, b.borrowLimit),
    risk: mergeRisk(a.risk, b.risk, sign),
  };
}

/** Values a position at a price; evaluateAccount passes the valuations it already has. */
export type PositionValuer = (p: Position, price: Decimal) => PositionValuation;

/** What one asset's balance and cross positions add to the pool at a price. */
export function assetContribution(ctx: BookContext, asset: AssetSymbol, price: Decimal, value: PositionValuer = (p, x) => valuePosition(ctx, p, asPrice(x))): PoolTotals {
  let totals = EMPTY_TOTALS;
  const quantity = ctx.portfolio.balances[asset];
  if (quantity !== undefined && !quantity.isZero()) {
    const b = valueBalance(ctx, asset, asQuantity(quantity), asPrice(price));
    totals = {
      ...totals,
      balanceValue: b.value, collateralValue: b.collateralValue, liabilities: b.liability,
      maintenanceMargin: b.maintenanceMargin, initialMargin: b.initialMargin,
      weightedCollateral: b.weightedCollateral, borrowLimit: b.borrowLimit,
    };
  }
  // Lending pools margin balances only; derivatives in such a file are reported as a warning.
  if (ctx.rules.kind === 'lending') return totals;
  let exposed = quantity !== undefined && !quantity.isZero();
  for (const p of ctx.portfolio.positions) {
    if (p.asset !== asset || p.margin?.mode === 'isolated') continue;
    const v = value(p, price);
    exposed = true;
    totals = {
      ...totals,
      unrealizedPnl: p.type === 'option' ? totals.unrealizedPnl : totals.unrealizedPnl.plus(v.unrealizedPnl),
      optionValue: p.type === 'option' ? totals.optionValue.plus(v.markValue) : totals.optionValue,
      maintenanceMargin: totals.maintenanceMargin.plus(v.maintenanceMargin),
      initialMargin: totals.initialMargin.plus(v.initialMargin),
    };
  }
  if (ctx.rules.kind === 'portfolio' && exposed) {
    const r = assetRiskArray(ctx, asset, price);
    totals = { ...totals, risk: { [asset]: { worstLoss: r.worstLoss, shortOptionCharge: r.shortOptionCharge, direction: r.direction } } };
  }
  return totals;
}

/** The pool at a full set of prices. */
export function poolTotals(ctx: BookContext, prices: PriceMap, value?: PositionValuer): PoolTotals {
  let totals = EMPTY_TOTALS;
  for (const asset of ctx.assets) totals = addTotals(totals, assetContribution(ctx, asset, prices[asset]!, value));
  return totals;
}

/** Collateral the isolated positions took from the account's quote balance. */
export function isolatedCollateral(ctx: BookContext): Decimal {
  let total = ZERO;
  if (ctx.rules.kind === 'lending') return total;
  for (const p of ctx.portfolio.positions) if (p.margin?.mode === 'isolated') total = total.plus(p.margin.collateral);
  return total;
}

/**
 * The one health measure, as numerator and requirement (health factor = numerator ÷ requirement,
 * liquidation at 1). Exchange: adjusted equity against maintenance (or initial, for "can I open").
 * Lending: Σ collateral × threshold against debt (or × max LTV, for "can I borrow").
 */
export interface Health {
  numerator: Decimal;
  requirement: Decimal;
}

export type RequirementKind = 'maintenance' | 'initial';

export function poolAdjustedEquity(totals: PoolTotals, isolated: Decimal): Decimal {
  return totals.collateralValue.minus(totals.liabilities).plus(totals.unrealizedPnl).plus(totals.optionValue).minus(isolated);
}

export function poolHealth(ctx: BookContext, totals: PoolTotals, isolated: Decimal, kind: RequirementKind = 'maintenance'): Health {
  if (ctx.rules.kind === 'lending') {
    return { numerator: kind === 'maintenance' ? totals.weightedCollateral : totals.borrowLimit, requirement: totals.liabilities };
  }
  if (ctx.rules.kind === 'portfolio') {
    // Collateral at full value: its price risk is already in the risk arrays, a haircut would charge it twice.
    const requirement = portfolioRequirement(ctx, totals.risk);
    return {
      numerator: totals.balanceValue.plus(totals.unrealizedPnl).plus(totals.optionValue).minus(isolated),
      requirement: kind === 'maintenance' ? requirement.maintenanceMargin : requirement.initialMargin,
    };
  }
  return {
    numerator: poolAdjustedEquity(totals, isolated),
    requirement: kind === 'maintenance' ? totals.maintenanceMargin : totals.initialMargin,
  };
}
