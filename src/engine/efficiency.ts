import type Decimal from 'decimal.js';
import { evaluateAccount } from './account';
import type { Portfolio, Position } from './format/schema';
import { jointLiquidationMoves } from './liquidation/prices';
import { isolatedLiquidationPrice, isolatedMarginBalance } from './margin/isolated';
import { maxDec, sum, ZERO } from './money';
import { makeContext, markPrices, type BookContext } from './valuation/context';
import { valuePosition } from './valuation/position';
import { withPositions } from './what-if/copy';

// The same book under each regime. Required capital: the quote cash needed, beyond the book's own
// spot holdings, for the book to meet its initial margin. Survivable move: with the account's
// actual cash, the nearest joint move of all non-stable assets that liquidates something.

export interface RegimeResult {
  requiredCapital: Decimal;
  survivableMove: Decimal | null;
  survivableMoveReason?: string;
}

export interface EfficiencyResult {
  isolated: RegimeResult;
  cross: RegimeResult;
  portfolio: RegimeResult;
}

/** Cash: what the account holds in stablecoins, the only collateral an isolated position can take. */
function stableCash(ctx: BookContext): Decimal {
  return sum(ctx.assets.filter((s) => ctx.stable[s]).map((s) => {
    const q = ctx.portfolio.balances[s] ?? ZERO;
    return q.isPositive() ? q.times(ctx.portfolio.assets[s]!.price) : ZERO;
  }));
}

function nearest(moves: (Decimal | null)[]): Decimal | null {
  return moves.reduce<Decimal | null>((best, m) => (m === null ? best : best === null || m.abs().lessThan(best.abs()) ? m : best), null);
}

/** Every position in one pool, under cross (tiered) or portfolio (risk-based) margin. */
function pooledRegime(portfolio: Portfolio, rules: 'generic-cex' | 'portfolio'): RegimeResult {
  const positions: Position[] = portfolio.positions.map((p) => ({ ...p, margin: { mode: 'cross' } }));
  const ctx = makeContext({ ...withPositions(portfolio, positions), rules });
  const prices = markPrices(ctx.portfolio);
  const account = evaluateAccount(ctx, prices);
  const cash = stableCash(ctx);
  // Cash counts at full value in the pool (stablecoins carry no haircut), so it is what tops the book up.
  const requiredCapital = maxDec(account.initialHealth.requirement.minus(account.initialHealth.numerator.minus(cash)), ZERO);
  const moves = jointLiquidationMoves(ctx, prices);
  const survivableMove = nearest([moves.down, moves.up]);
  return survivableMove === null
    ? { requiredCapital, survivableMove, survivableMoveReason: 'no joint move between −100 % and +99 900 % liquidates the pool' }
    : { requiredCapital, survivableMove };
}

function isolatedRegime(portfolio: Portfolio): RegimeResult {
  const ctx = makeContext({ ...portfolio, rules: 'generic-cex' });
  const prices = markPrices(portfolio);
  const needs = portfolio.positions.map((p) => {
    const valuation = valuePosition(ctx, p, prices[p.asset]!);
    return { position: p, valuation, need: maxDec(valuation.initialMargin.minus(valuation.equity), ZERO) };
  });
  const borrows = sum(ctx.assets.map((s) => {
    const q = portfolio.balances[s] ?? ZERO;
    return q.isNegative() ? q.abs().times(prices[s]!).times(ctx.rules.borrowInitialRate) : ZERO;
  }));
  const totalNeed = sum(needs.map((n) => n.need));
  const requiredCapital = totalNeed.plus(borrows);
  // The account's cash is spread over the positions in proportion to what each needs (initial
  // margin plus any loss it carries), as a trader opening each on its own would; spot coins back nothing.
  const cash = stableCash(ctx);
  const moves = needs.map(({ position, valuation, need }) => {
    if (ctx.stable[position.asset] || position.quantity.isZero()) return null;
    const collateral = totalNeed.isZero() ? ZERO : cash.times(need).div(totalNeed);
    const mark = prices[position.asset]!;
    // Already under water on its own: it would be liquidated at today's prices.
    if (isolatedMarginBalance(collateral, valuation).lessThan(valuation.maintenanceMargin)) return ZERO;
    const { price } = isolatedLiquidationPrice(ctx, position, collateral, mark);
    return price === null ? null : price.div(mark).minus(1);
  });
  const survivableMove = nearest(moves);
  return survivableMove === null
    ? { requiredCapital, survivableMove, survivableMoveReason: 'no position is liquidated by any joint move' }
    : { requiredCapital, survivableMove };
}

export function compareRegimes(portfolio: Portfolio): EfficiencyResult {
  return { isolated: isolatedRegime(portfolio), cross: pooledRegime(portfolio, 'generic-cex'), portfolio: pooledRegime(portfolio, 'portfolio') };
}
