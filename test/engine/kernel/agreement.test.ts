import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../../src/engine/account';
import { curveMoves } from '../../../src/engine/curves';
import { compareRegimes as exactRegimes } from '../../../src/engine/efficiency';
import type { Portfolio } from '../../../src/engine/index';
import { compileBook } from '../../../src/engine/kernel/book';
import { healthCurves as kernelCurves } from '../../../src/engine/kernel/curves';
import { compareRegimes as kernelRegimes } from '../../../src/engine/kernel/efficiency';
import { assetLiquidationPrices as kernelAssetPrices, assetRootIsDouble, jointLiquidationFactors, jointRootIsDouble } from '../../../src/engine/kernel/liquidation';
import { poolAt, poolHealth } from '../../../src/engine/kernel/pool';
import { healthCurves as exactCurves } from '../../../src/engine/curves';
import { assetLiquidationPrices as exactAssetPrices, jointLiquidationMoves as exactJointMoves } from '../../../src/engine/liquidation/prices';
import { makeContext, markPrices } from '../../../src/engine/valuation/context';
import { portfolioArbitrary } from '../fixtures/arbitrary-portfolio';
import { expectMoney } from '../fixtures/money';
import { fuzzRuns, fuzzSeed, fuzzTimeout } from '../../fuzz/budget';

// The compiled Float64 kernel against the exact decimal path it replaces in every sweep: money to
// the cent, prices and moves to 1e-12 relative, the same nulls. Random books: spot, borrows,
// perpetuals, futures, options, isolated positions, per-asset bracket overrides, all three rule sets.

// A fixed seed and a bounded count in CI (a failure reproduces); `npm run fuzz -- --runs N --seed S`
// runs the same properties over N books each.
const SEED = fuzzSeed();
const runs = (ciDefault: number) => ({ numRuns: fuzzRuns(ciDefault), seed: SEED });
const RUNS = runs(300);
const ALL_RULES = ['generic-cex', 'lending', 'portfolio'] as const;

/**
 * A root: the same null, and within 1e-12 relative. Two solvers that each stop at the double
 * nearest the root can differ by a few ulps of the function's flatness; where the health barely
 * moves with price (a book of options far from the money) 1e-12 is the solver's own resolution.
 */
function expectRoot(kernel: number | null, exact: Decimal | null, what: string, isDouble: (root: number) => boolean = () => true): void {
  expect(kernel === null, `${what}: kernel ${kernel} vs exact ${exact?.toString() ?? 'null'}`).toBe(exact === null);
  if (kernel === null || exact === null) return;
  // Where the kernel itself says a double cannot hold health 1 to 1e-12 there (needsExactRoot), the
  // evaluation reports the root polished on the exact path, not this double: nothing to compare.
  if (!isDouble(kernel)) return;
  const scale = Math.max(Math.abs(exact.toNumber()), 1e-300);
  expect(Math.abs(kernel - exact.toNumber()) / scale, `${what}: kernel ${kernel} vs exact ${exact.toString()}`).toBeLessThanOrEqual(1e-12);
}

/**
 * A move (a fraction): the same null, and to 1e-12 relative either as the move or as the price factor
 * 1 + move. A fall of 99.995 % is a factor of 5e-5, which a double solves to about 1e-12 of itself
 * while the move is exact to 1e-16; a move of 0.1 % is the other way round.
 */
function expectMove(kernel: number | null, exact: Decimal | null, what: string): void {
  expect(kernel === null, `${what}: kernel ${kernel} vs exact ${exact?.toString() ?? 'null'}`).toBe(exact === null);
  if (kernel === null || exact === null) return;
  const error = Math.abs(kernel - exact.toNumber());
  const relative = Math.min(error / Math.max(Math.abs(exact.toNumber()), 1e-300), error / Math.max(Math.abs(exact.plus(1).toNumber()), 1e-300));
  expect(relative, `${what}: kernel ${kernel} vs exact ${exact.toString()}`).toBeLessThanOrEqual(1e-12);
}

function prepared(p: Portfolio) {
  const ctx = makeContext(p);
  const prices = markPrices(p);
  const book = compileBook(ctx);
  return { ctx, prices, book, pool: poolAt(book) };
}

/** The pool at today's prices on both paths: numerator and requirement, maintenance and initial, to the cent. */
function expectPoolAgrees(p: Portfolio): void {
  const { ctx, prices, book, pool } = prepared(p);
  const exact = evaluateAccount(ctx, prices);
  for (const kind of ['maintenance', 'initial'] as const) {
    const k = poolHealth(book, pool.rows, kind);
    const e = kind === 'maintenance' ? exact.maintenanceHealth : exact.initialHealth;
    expectMoney(k.numerator, e.numerator, `${kind} numerator`);
    expectMoney(k.requirement, e.requirement, `${kind} requirement`);
  }
}

describe('the compiled kernel agrees with the exact decimal path', { timeout: fuzzTimeout(fuzzRuns(300), 200, 30_000) }, () => {
  it('on the pool at today\'s prices: numerator and requirement, maintenance and initial, to the cent', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ALL_RULES }), expectPoolAgrees), RUNS);
  });

  it('under a volatility regime: a rule set\'s trigger raises the same rates on both paths, to the cent', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ALL_RULES }), fc.constantFrom(1.5, 2, 2.5, 3, 5), (plain, volatilityMultiplier) => {
      expectPoolAgrees({ ...plain, regime: { volatilityMultiplier } });
    }), runs(150));
  });

  it('on every asset\'s liquidation prices and the joint move, both ways', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ALL_RULES, options: false }), (p) => {
      const { ctx, prices, book, pool } = prepared(p);
      for (const a of book.assets) {
        const k = kernelAssetPrices(book, pool, a.index);
        const e = exactAssetPrices(ctx, prices, a.symbol);
        const isDouble = (root: number) => assetRootIsDouble(book, pool, a.index, root);
        expectRoot(k.down, e.down, `${a.symbol} down`, isDouble);
        expectRoot(k.up, e.up, `${a.symbol} up`, isDouble);
      }
      const k = jointLiquidationFactors(book, pool);
      const e = exactJointMoves(ctx, prices);
      const isDouble = (root: number) => jointRootIsDouble(book, pool, root);
      expectRoot(k.down, e.down && e.down.plus(1), 'joint factor down', isDouble);
      expectRoot(k.up, e.up && e.up.plus(1), 'joint factor up', isDouble);
    }), RUNS);
  });

  it('on the same with options in the book (roots to 1e-9 where option health is flat)', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex', 'portfolio'], options: true, maxPositions: 4 }), (p) => {
      const { ctx, prices, book, pool } = prepared(p);
      for (const a of book.assets) {
        const k = kernelAssetPrices(book, pool, a.index);
        const e = exactAssetPrices(ctx, prices, a.symbol);
        for (const side of ['down', 'up'] as const) {
          expect(k[side] === null, `${a.symbol} ${side}: kernel ${k[side]} vs exact ${e[side]?.toString()}`).toBe(e[side] === null);
          if (k[side] !== null && e[side] !== null) expect(Math.abs(k[side] - e[side].toNumber()) / e[side].toNumber()).toBeLessThanOrEqual(1e-9);
        }
      }
    }), runs(100));
  });

  it('on the three regimes: required capital to the cent, survivable move to 1e-12', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex'], options: false, minPositions: 1 }), (p) => {
      const k = kernelRegimes(p);
      const e = exactRegimes(p);
      for (const regime of ['isolated', 'cross', 'portfolio'] as const) {
        expectMoney(k[regime].requiredCapital, e[regime].requiredCapital, `${regime} required capital`);
        expectMove(k[regime].survivableMove, e[regime].survivableMove, `${regime} survivable move`);
      }
    }), runs(150));
  });

  it('on the health curves, point by point, to 1e-12 of the health factor', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ALL_RULES }), (p) => {
      const { ctx, prices, book, pool } = prepared(p);
      const moves = curveMoves({ from: -0.5, to: 0.5, steps: 11 });
      const k = kernelCurves(book, pool, moves);
      const e = exactCurves(ctx, prices, moves);
      expect(k.map((c) => c.name)).toEqual(e.map((c) => c.name));
      k.forEach((curve, i) => curve.healthFactor.forEach((hf, j) => {
        const exact = e[i]!.healthFactor[j]!;
        expect(hf === null, `${curve.name} at ${moves[j]}`).toBe(exact === null);
        if (hf !== null && exact !== null) expect(Math.abs(hf - exact), `${curve.name} at ${moves[j]}: ${hf} vs ${exact}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(exact)));
      }));
    }), runs(150));
  });
});
