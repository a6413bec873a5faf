import type Decimal from 'decimal.js';
import { addRounded, ZERO } from '../money';
import { ExactSum } from '../short-decimals';
import { asPrice, asQuantity, type AssetSymbol, type PriceMap } from '../types';
import type { BookContext } from '../valuation/context';
import { valueBalance } from '../valuation/balance';
import { valuePosition, type PositionValuation } from '../valuation/position';
import type { Portfolio, Position } from '../format/schema';
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
  // Every field is a sum or product, rounded already: adding skips the zeros (most of an asset's fields).
  const op = sign === 1 ? addRounded : (x: Decimal, y: Decimal) => x.minus(y);
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

// Isolated collateral is quote money drawn from the account's quote balance (README, "the portfolio
// file"): the balances list everything the account holds, the pool keeps the quote balance less
// every isolated position's collateral. Where the collateral comes to more than the quote held,
// the pool's quote balance is negative, a borrow of the quote, exactly as a file writing that
// negative balance out: margined as any borrow under exchange rules, debt under lending, and under
// portfolio margin a loss in no scenario (the unit of account cannot move against itself). Lending
// included: a pool margins no position, but the collateral has left its quote balance all the same.

const drawnByPortfolio = new WeakMap<Portfolio, Decimal>();

/** Σ isolated collateral: the quote money the isolated positions took out of the pool. */
export function isolatedCollateral(portfolio: Portfolio): Decimal {
  let total = drawnByPortfolio.get(portfolio);
  if (total === undefined) {
    total = ZERO;
    for (const p of portfolio.positions) if (p.margin?.mode === 'isolated') total = total.plus(p.margin.collateral);
    drawnByPortfolio.set(portfolio, total);
  }
  return total;
}

/** The pool's balance of an asset: the file's, less the isolated collateral for the quote. Undefined where neither holds any. */
export function poolBalance(ctx: BookContext, asset: AssetSymbol): Decimal | undefined {
  const { portfolio } = ctx;
  const written = Object.hasOwn(portfolio.balances, asset) ? portfolio.balances[asset] : undefined;
  if (asset !== portfolio.quote) return written;
  const drawn = isolatedCollateral(portfolio);
  if (drawn.isZero()) return written;
  return (written ?? ZERO).minus(drawn);
}

/**
 * A book whose quote is not among its assets holds none of it: the isolated collateral is then all
 * borrowed, at the quote's price of 1, with no haircut and no price risk.
 */
function unlistedQuoteBorrow(ctx: BookContext): PoolTotals {
  const { portfolio } = ctx;
  if (Object.hasOwn(portfolio.assets, portfolio.quote)) return EMPTY_TOTALS;
  const liability = isolatedCollateral(portfolio);
  if (liability.isZero()) return EMPTY_TOTALS;
  const exchange = ctx.rules.kind === 'exchange';
  return {
    ...EMPTY_TOTALS,
    balanceValue: liability.neg(), liabilities: liability,
    maintenanceMargin: exchange ? liability.times(ctx.rules.borrowMaintenanceRate) : ZERO,
    initialMargin: exchange ? liability.times(ctx.rules.borrowInitialRate) : ZERO,
  };
}

/** Cross positions by asset, grouped once per positions list: each asset's share reads only its own. */
const crossByAsset = new WeakMap<readonly Position[], Map<string, Position[]>>();

function crossPositionsOn(positions: readonly Position[], asset: AssetSymbol): readonly Position[] {
  let byAsset = crossByAsset.get(positions);
  if (!byAsset) {
    byAsset = new Map();
    for (const p of positions) {
      if (p.margin?.mode === 'isolated') continue;
      const list = byAsset.get(p.asset);
      if (list) list.push(p);
      else byAsset.set(p.asset, [p]);
    }
    crossByAsset.set(positions, byAsset);
  }
  return byAsset.get(asset) ?? [];
}

/** What one asset's balance and cross positions add to the pool at a price. */
export function assetContribution(ctx: BookContext, asset: AssetSymbol, price: Decimal, value: PositionValuer = (p, x) => valuePosition(ctx, p, asPrice(x))): PoolTotals {
  const quantity = poolBalance(ctx, asset);
  const held = quantity !== undefined && !quantity.isZero();
  // Lending pools margin balances only; derivatives in such a file are reported as a warning.
  const cross = ctx.rules.kind === 'lending' ? [] : crossPositionsOn(ctx.portfolio.positions, asset);
  if (!held && cross.length === 0) return EMPTY_TOTALS;
  // Fields as locals, one object at the end: an asset's share is made for every asset of every pool.
  let balanceValue = ZERO, collateralValue = ZERO, liabilities = ZERO;
  let weightedCollateral = ZERO, borrowLimit = ZERO;
  // Valuations are rounded figures: a long option's zero margins and a future's zero value add nothing.
  const maintenance = new ExactSum(), initial = new ExactSum(), pnl = new ExactSum(), options = new ExactSum();
  if (held) {
    const b = valueBalance(ctx, asset, asQuantity(quantity), asPrice(price));
    balanceValue = b.value; collateralValue = b.collateralValue; liabilities = b.liability;
    maintenance.add(b.maintenanceMargin);
    initial.add(b.initialMargin);
    weightedCollateral = b.weightedCollateral; borrowLimit = b.borrowLimit;
  }
  for (const p of cross) {
    const v = value(p, price);
    if (p.type === 'option') options.add(v.markValue);
    else pnl.add(v.unrealizedPnl);
    maintenance.add(v.maintenanceMargin);
    initial.add(v.initialMargin);
  }
  const maintenanceMargin = maintenance.total(), initialMargin = initial.total(), unrealizedPnl = pnl.total(), optionValue = options.total();
  let risk = EMPTY_TOTALS.risk;
  if (ctx.rules.kind === 'portfolio') {
    const r = assetRiskArray(ctx, asset, price);
    risk = { [asset]: { worstLoss: r.worstLoss, shortOptionCharge: r.shortOptionCharge, direction: r.direction } };
  }
  return { balanceValue, collateralValue, liabilities, unrealizedPnl, optionValue, maintenanceMargin, initialMargin, weightedCollateral, borrowLimit, risk };
}

/** The pool at a full set of prices. */
export function poolTotals(ctx: BookContext, prices: PriceMap, value?: PositionValuer): PoolTotals {
  let totals = unlistedQuoteBorrow(ctx);
  for (const asset of ctx.assets) totals = addTotals(totals, assetContribution(ctx, asset, prices[asset]!, value));
  return totals;
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

export function poolAdjustedEquity(totals: PoolTotals): Decimal {
  return totals.collateralValue.minus(totals.liabilities).plus(totals.unrealizedPnl).plus(totals.optionValue);
}

export function poolHealth(ctx: BookContext, totals: PoolTotals, kind: RequirementKind = 'maintenance'): Health {
  if (ctx.rules.kind === 'lending') {
    return { numerator: kind === 'maintenance' ? totals.weightedCollateral : totals.borrowLimit, requirement: totals.liabilities };
  }
  if (ctx.rules.kind === 'portfolio') {
    // Collateral at full value: its price risk is already in the risk arrays, a haircut would charge it twice.
    const requirement = portfolioRequirement(ctx, totals.risk);
    return {
      numerator: totals.balanceValue.plus(totals.unrealizedPnl).plus(totals.optionValue),
      requirement: kind === 'maintenance' ? requirement.maintenanceMargin : requirement.initialMargin,
    };
  }
  return {
    numerator: poolAdjustedEquity(totals),
    requirement: kind === 'maintenance' ? totals.maintenanceMargin : totals.initialMargin,
  };
}
