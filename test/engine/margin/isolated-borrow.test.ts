import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../../src/engine/account';
import { evaluate, type Portfolio, type PortfolioInput } from '../../../src/engine/index';
import { compileBook } from '../../../src/engine/kernel/book';
import { assetLiquidationPrices as kernelAssetPrices, jointLiquidationFactors } from '../../../src/engine/kernel/liquidation';
import { poolAt, poolHealth } from '../../../src/engine/kernel/pool';
import { assetLiquidationPrices as exactAssetPrices, jointLiquidationMoves as exactJointMoves } from '../../../src/engine/liquidation/prices';
import { lendingState } from '../../../src/engine/margin/lending';
import { Dec } from '../../../src/engine/money';
import { makeContext, markPrices } from '../../../src/engine/valuation/context';
import { parseValid, portfolioInputArbitrary } from '../fixtures/arbitrary-portfolio';
import { expectMoney } from '../fixtures/money';

// Issue 10, item 4: isolated collateral is quote money drawn from the account's quote balance; what
// the isolated positions take beyond the quote held is a borrow of the quote, which the pool carries
// exactly as a negative quote balance written out in the file (margined as any borrow under exchange
// and portfolio rules, debt under lending, no price risk: the quote cannot move against itself).

type PositionInput = NonNullable<PortfolioInput['positions']>[number];

const issueBook = (rules: PortfolioInput['rules'], balances: Record<string, string> = { USDC: '20000' }) => ({
  format: 'margin-lab/portfolio' as const, version: 1 as const, name: 'isolated beyond the cash', asOf: '2026-11-24T00:00:00Z',
  quote: 'USD', rules,
  assets: { BTC: { price: '60000', volatility: 0.55 }, ETH: { price: '3000', volatility: 0.7 }, USDC: { price: '1', volatility: 0 } },
  balances,
  positions: [
    { id: 'btc-cross', type: 'perpetual' as const, asset: 'BTC', quantity: '1', entryPrice: '60000' },
    { id: 'eth-isolated', type: 'perpetual' as const, asset: 'ETH', quantity: '10', entryPrice: '3000', margin: { mode: 'isolated' as const, collateral: '15000' } },
  ],
});

describe('isolated collateral beyond the quote cash is a borrow of the quote', () => {
  it('reports what the isolated positions take and the quote balance the pool is left with (the Balances table shows both)', () => {
    // USD not held at all: 15,000 set aside, the pool holds 0 − 15,000 = −15,000 USD, a borrow.
    expect(evaluate(parseValid(issueBook('generic-cex'))).account.pool).toMatchObject({ isolatedCollateral: '15000', quoteBalance: '-15000' });
    // USD 6,000 held: spent first, 6,000 − 15,000 = −9,000 left in the pool.
    const book = { ...issueBook('generic-cex', { USDC: '20000', USD: '6000' }), assets: { ...issueBook('generic-cex').assets, USD: { price: '1', volatility: 0 } } };
    expect(evaluate(parseValid(book)).account.pool).toMatchObject({ isolatedCollateral: '15000', quoteBalance: '-9000' });
    // Nothing isolated: the pool holds the written balance.
    const cross = { ...book, positions: book.positions.filter((p) => p.id === 'btc-cross') };
    expect(evaluate(parseValid(cross)).account.pool).toMatchObject({ isolatedCollateral: '0', quoteBalance: '6000' });
  });

  it('hand-checked: 20,000 USDC, 15,000 USD of isolated collateral the account does not hold (the issue\'s book)', () => {
    const report = evaluate(parseValid(issueBook('generic-cex')));
    const account = report.account;
    // The quote is USD; the account holds none, so the 15,000 is all borrowed: a USD liability of 15,000.
    // Pool: USDC 20,000 (stable, no haircut) − 15,000 borrowed + 0 PnL (both perps at entry) = 5,000.
    // Pool maintenance: BTC cross 60,000 × 0.5 % − 50 = 250, the borrow 15,000 × 10 % = 1,500: 1,750.
    // Health 5,000 ÷ 1,750 = 2.857142857…; the old engine said 5,000 ÷ 250 = 20.
    expect(new Decimal(account.healthFactor!).toFixed(12)).toBe('2.857142857143');
    // Equity: the pool's 5,000 + the isolated margin balance 15,000 = 20,000 (borrowing to post margin moves no wealth).
    expect(account.equity).toBe('20000');
    // Maintenance: 1,750 in the pool + ETH isolated 30,000 × 0.65 % − 15 = 180: 1,930 (the old engine: 430).
    expect(account.maintenanceMargin).toBe('1930');
    // Initial: BTC 60,000 × 1 % (2 × its 0.5 % bracket) = 600, the borrow 15,000 × 25 % = 3,750,
    // ETH isolated 30,000 × 1.3 % = 390: 4,740.
    expect(account.initialMargin).toBe('4740');
    // BTC's liquidation price, others held: 5,000 + (P − 60,000) = 0.005 P − 50 + 1,500
    // → 0.995 P = 56,450 → P = 56,733.668341708542713… (the old engine: 54,950 ÷ 0.995 = 55,226.13).
    expect(new Decimal(account.liquidationPrices.BTC!.down!).toFixed(9)).toBe('56733.668341709');
    // The report names the position whose collateral runs past the cash, and says the pool carries it.
    const warning = report.warnings.find((w) => w.path === 'positions[1].margin.collateral');
    expect(warning?.message).toContain('15000 USD the account does not have. The pool carries it as a borrow of USD, margined as any borrow');
  });

  it('hand-checked: the same book under lending counts the 15,000 as debt', () => {
    // USDC 20,000 × liquidation threshold 0.85 = 17,000 against 15,000 of debt: 1.1333…; the old engine: no debt, null.
    const account = evaluate(parseValid(issueBook('lending'))).account;
    expect(new Decimal(account.healthFactor!).toFixed(12)).toBe('1.133333333333');
    // The positions are not margined under lending, but the money they took stays the account's: 20,000.
    expect(account.equity).toBe('20000');
  });

  it('hand-checked: the quote held is spent first; only what the isolated positions take beyond it is borrowed', () => {
    // USD 6,000 listed and held: 15,000 − 6,000 = 9,000 borrowed. Pool: 20,000 + 0 − 9,000 = 11,000;
    // maintenance 250 + 9,000 × 10 % = 1,150; health 11,000 ÷ 1,150 = 9.565217391304…
    const input = { ...issueBook('generic-cex', { USDC: '20000', USD: '6000' }) };
    input.assets = { ...input.assets, USD: { price: '1', volatility: 0 } } as typeof input.assets;
    const account = evaluate(parseValid(input)).account;
    expect(new Decimal(account.healthFactor!).toFixed(12)).toBe('9.565217391304');
    expect(account.equity).toBe('26000');
  });
});

/**
 * The book with its isolated collateral drawn from the quote, taken apart: the cross pool as a file
 * with the pool's quote balance written out (quote held − Σ collateral, negative = the borrow) and
 * no isolated position, and the isolated positions on their own, each keeping its collateral.
 */
function writtenOut(input: PortfolioInput): PortfolioInput {
  const positions = input.positions ?? [];
  const isolated = positions.filter((p) => p.margin?.mode === 'isolated');
  const drawn = isolated.reduce((t, p) => t.plus(p.margin?.mode === 'isolated' ? p.margin.collateral : 0), new Decimal(0));
  const balances = { ...input.balances };
  balances[input.quote] = new Decimal(balances[input.quote] ?? '0').minus(drawn).toFixed();
  return {
    ...input,
    // A quote the file did not list is listed at its price of 1, as the pool values the borrow.
    assets: { ...input.assets, [input.quote]: input.assets[input.quote] ?? { price: '1', volatility: 0 } },
    balances,
    positions: positions.filter((p) => p.margin?.mode !== 'isolated'),
  };
}

/** Random books with isolated positions and a quote that is unlisted (USD), listed and held (USDC), or listed and owed. */
const overdrawnBooks = (options: Parameters<typeof portfolioInputArbitrary>[0]) => fc
  .tuple(
    portfolioInputArbitrary({ marginModes: ['isolated', 'isolated', 'cross'], minPositions: 1, maxPositions: 5, ...options }),
    fc.constantFrom('unlisted', 'usdc', 'usdc-owed'),
    fc.integer({ min: 0, max: 150 }),
  )
  .map(([input, quote, share]): PortfolioInput => {
    if (quote === 'unlisted') return input;
    // USDC as the quote, holding `share` % of what the isolated positions take (or owing it): short of it, exactly it, or more.
    const drawn = (input.positions ?? []).reduce((t, p: PositionInput) => t.plus(p.margin?.mode === 'isolated' ? p.margin.collateral : 0), new Decimal(0));
    const held = drawn.times(share).div(100).toDecimalPlaces(2);
    return { ...input, quote: 'USDC', balances: { ...input.balances, USDC: (quote === 'usdc' ? held : held.neg()).toFixed() } };
  });

const RULES = ['generic-cex', 'portfolio', 'lending'] as const;

function expectClose(actual: Decimal | number | null, expected: Decimal | number | null, relative: number, what: string): void {
  expect(actual === null, `${what}: ${String(actual)} vs ${String(expected)}`).toBe(expected === null);
  if (actual === null || expected === null) return;
  const a = new Dec(actual);
  const e = new Dec(expected);
  const error = a.minus(e).abs();
  expect(error.lessThanOrEqualTo(Dec.max(e.abs().times(relative), relative)), `${what}: ${a.toString()} vs ${e.toString()}`).toBe(true);
}

function prepared(p: Portfolio) {
  const ctx = makeContext(p);
  const prices = markPrices(p);
  const book = compileBook(ctx);
  return { ctx, prices, book, pool: poolAt(book), account: evaluateAccount(ctx, prices) };
}

describe('an overdrawn book is its pool with the borrow written out, plus its isolated positions', () => {
  it('the same equity, maintenance, initial, health and lending health factor, on the exact path and on the kernel', () => {
    fc.assert(fc.property(overdrawnBooks({ rules: RULES }), (input) => {
      const book = prepared(parseValid(input));
      const pool = prepared(parseValid(writtenOut(input)));
      const lending = book.ctx.rules.kind === 'lending';
      // The isolated positions' own figures: nothing of the pool's enters them.
      // In the engine's 40-digit decimals: the test's own Decimal rounds to 20.
      let isolatedEquity = new Dec(0);
      let isolatedMaintenance = new Dec(0);
      let isolatedInitial = new Dec(0);
      for (const { position, valuation, isolated } of book.account.positions) {
        if (position.margin?.mode !== 'isolated') continue;
        // Lending margins no position; the collateral they took is still the account's money.
        isolatedEquity = isolatedEquity.plus(lending ? position.margin.collateral : isolated!.marginBalance);
        if (!lending) {
          isolatedMaintenance = isolatedMaintenance.plus(valuation.maintenanceMargin);
          isolatedInitial = isolatedInitial.plus(valuation.initialMargin);
        }
      }
      expectClose(book.account.equity, pool.account.equity.plus(isolatedEquity), 1e-18, 'equity');
      expectClose(book.account.maintenanceMargin, pool.account.maintenanceMargin.plus(isolatedMaintenance), 1e-18, 'maintenance');
      expectClose(book.account.initialMargin, pool.account.initialMargin.plus(isolatedInitial), 1e-18, 'initial');
      for (const kind of ['maintenance', 'initial'] as const) {
        const exact = [book.account[`${kind}Health`], pool.account[`${kind}Health`]] as const;
        expectClose(exact[0].numerator, exact[1].numerator, 1e-18, `exact ${kind} numerator`);
        expectClose(exact[0].requirement, exact[1].requirement, 1e-18, `exact ${kind} requirement`);
        const kernel = [poolHealth(book.book, book.pool.rows, kind), poolHealth(pool.book, pool.pool.rows, kind)] as const;
        // Money to the cent (or 1e-12 of a large figure), as the kernel agreement test holds it.
        expectMoney(kernel[0].numerator, exact[1].numerator, `kernel ${kind} numerator`);
        expectMoney(kernel[0].numerator, kernel[1].numerator, `kernel ${kind} numerator, the book against all cross`);
        expectMoney(kernel[0].requirement, kernel[1].requirement, `kernel ${kind} requirement, the book against all cross`);
      }
      if (lending) {
        const [a, b] = [lendingState(book.ctx, book.account), lendingState(pool.ctx, pool.account)];
        expectClose(a.debt, b.debt, 1e-18, 'lending debt');
        expectClose(a.weightedCollateral, b.weightedCollateral, 1e-18, 'lending weighted collateral');
        expectClose(a.maxRepayable, b.maxRepayable, 1e-18, 'lending max repayable');
      }
    }), { numRuns: 200 });
  });

  it('the same liquidation prices and joint move, on the exact path and on the kernel', () => {
    fc.assert(fc.property(overdrawnBooks({ rules: RULES, options: false, maxPositions: 4 }), (input) => {
      const book = prepared(parseValid(input));
      const pool = prepared(parseValid(writtenOut(input)));
      for (const a of book.book.assets) {
        if (a.symbol === input.quote) continue;
        const b = pool.book.bySymbol.get(a.symbol)!;
        const [k0, k1] = [kernelAssetPrices(book.book, book.pool, a.index), kernelAssetPrices(pool.book, pool.pool, b.index)];
        const [e0, e1] = [exactAssetPrices(book.ctx, book.prices, a.symbol), exactAssetPrices(pool.ctx, pool.prices, a.symbol)];
        for (const side of ['down', 'up'] as const) {
          expectClose(k0[side], k1[side], 1e-12, `kernel ${a.symbol} ${side}`);
          expectClose(e0[side], e1[side], 1e-20, `exact ${a.symbol} ${side}`);
          expectClose(k0[side], e0[side] && e0[side].toNumber(), 1e-12, `kernel against exact ${a.symbol} ${side}`);
        }
      }
      const [k0, k1] = [jointLiquidationFactors(book.book, book.pool), jointLiquidationFactors(pool.book, pool.pool)];
      const [e0, e1] = [exactJointMoves(book.ctx, book.prices), exactJointMoves(pool.ctx, pool.prices)];
      for (const side of ['down', 'up'] as const) {
        expectClose(k0[side], k1[side], 1e-12, `kernel joint ${side}`);
        expectClose(e0[side], e1[side], 1e-20, `exact joint ${side}`);
      }
    }), { numRuns: 100 });
  });
});
