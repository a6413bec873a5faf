import type Decimal from 'decimal.js';
import { evaluateAccount } from './account';
import type { Portfolio, Regime } from './format/schema';
import { compileBook, type BookFloats } from './kernel/book';
import { moveJointly } from './kernel/liquidation';
import { poolAt, poolHealth } from './kernel/pool';
import { DOWN_FACTORS, firstCrossing, UP_FACTORS } from './kernel/solve';
import { makeContext, markPrices } from './valuation/context';

// Solvency delta: what a market regime (volatility × a multiplier, correlations lifted to a floor)
// does to the account with prices held, and the joint price move that would do the same damage.
// Margin is not static: venues widen scan ranges and reprice options when volatility jumps, so an
// account can be liquidated with no price move at all.

export interface SolvencyDelta {
  regime: Regime;
  /** Maintenance requirement, adjusted equity and their ratio (health factor) without and with the regime, exact at today's prices. */
  before: { requirement: Decimal; equity: Decimal };
  after: { requirement: Decimal; equity: Decimal };
  /**
   * The joint move of every non-stable asset (a fraction) that, with no regime, changes the surplus
   * (equity − requirement) by as much as the regime does; null where no move between −100 % and
   * +99 900 % does, or the regime does no damage.
   */
  equivalentJointMove: number | null;
}

/** A regime that changes nothing: no multiplier away from 1, no floor. */
function isNeutral(regime: Regime | undefined): boolean {
  if (!regime) return true;
  const multipliers = [regime.volatilityMultiplier, ...Object.values(regime.assets ?? {}).map((a) => a.volatilityMultiplier)];
  return multipliers.every((m) => m === undefined || m === 1) && regime.correlationFloor === undefined;
}

/** The delta of a book whose `regime` is set, against the same book without it. */
export function solvencyDelta(portfolio: Portfolio, floats: BookFloats): SolvencyDelta | null {
  const regime = portfolio.regime;
  if (!regime || isNeutral(regime)) return null;
  const { regime: _applied, ...plain } = portfolio;
  const prices = markPrices(portfolio);
  const beforeCtx = makeContext(plain);
  const before = evaluateAccount(beforeCtx, prices).maintenanceHealth;
  const after = evaluateAccount(makeContext(portfolio), prices).maintenanceHealth;
  const damage = after.numerator.minus(after.requirement).minus(before.numerator.minus(before.requirement)).toNumber();
  let equivalentJointMove: number | null = null;
  if (damage !== 0) {
    // On the kernel, without the regime: the factor k at which surplus(k) − surplus(1) = damage.
    const book = compileBook(beforeCtx, floats);
    const pool = poolAt(book);
    const work = poolAt(book);
    const start = poolHealth(book, pool.rows);
    const base = start.numerator - start.requirement;
    const gap = (k: number) => {
      moveJointly(book, pool, work, k);
      const h = poolHealth(book, work.rows);
      return h.numerator - h.requirement - base - damage;
    };
    const roots = [firstCrossing(gap, 1, DOWN_FACTORS), firstCrossing(gap, 1, UP_FACTORS)].filter((k): k is number => k !== null);
    const nearest = roots.sort((a, b) => Math.abs(a - 1) - Math.abs(b - 1))[0];
    equivalentJointMove = nearest === undefined ? null : nearest - 1;
  }
  return {
    regime,
    before: { requirement: before.requirement, equity: before.numerator },
    after: { requirement: after.requirement, equity: after.numerator },
    equivalentJointMove,
  };
}
