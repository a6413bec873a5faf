import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { compileBook } from '../../../src/engine/kernel/book';
import { moveJointly } from '../../../src/engine/kernel/liquidation';
import { portfolioBounds } from '../../../src/engine/kernel/monotone';
import { poolAt, poolHealth, type PoolRows } from '../../../src/engine/kernel/pool';
import { makeContext } from '../../../src/engine/valuation/context';
import type { PortfolioInput } from '../../../src/engine/index';
import { book } from '../fixtures/books';

// Under portfolio margin the bound over a stretch of joint moves takes a book's holdings and futures
// as one line in the move (kernel/monotone.ts portfolioBounds): a hedge adds nothing that can fall.
// Split term by term, the long side would count at the stretch's low end and the short side at its
// high end, and a hedged book could never be shown safe over a wide stretch.

function boundOver(balances: Record<string, string>, positions: PortfolioInput['positions'], from: number, to: number) {
  const compiled = compileBook(makeContext(book({ rules: 'portfolio', balances, positions })));
  const pool = poolAt(compiled);
  const work: PoolRows = { rows: Float64Array.from(pool.rows), prices: Float64Array.from(pool.prices) };
  const bounds = portfolioBounds(compiled);
  const at = (k: number) => {
    moveJointly(compiled, pool, work, k, bounds.lossPartsOf);
    const h = poolHealth(compiled, work.rows);
    return bounds.point(work.rows, h.numerator - h.requirement);
  };
  return bounds.lowerBound(at(from), at(to));
}

describe('the portfolio-margin bound on a hedged book', () => {
  it('shows 1 BTC held against a 1 BTC short perpetual safe from today to 1,000× in one stretch', () => {
    // Equity: 10,000 USDC + 60,000k (the coin) − (60,000k − 60,100) (the short) = 70,100 whatever k.
    // BTC has no net size, so its scenarios lose nothing; the one requirement is the USDC's own, 3 %
    // of 10,000 × the 50 % maintenance share = 150; and the bound's allowance for rounding, 1e-9 of
    // what it nets (the coin and the short at ×1,000 are 60 million each: 0.12).
    // Term by term the bound would be 10,000 + 60,000 − 59,939,900 (the short at 1,000×).
    const bound = boundOver({ USDC: '10000', BTC: '1' }, [{ id: 'short', type: 'perpetual', asset: 'BTC', quantity: '-1', entryPrice: '60100' }], 1, 1000);
    expect(bound).toBeCloseTo(70_100 - 150 - 0.12, 1);
  });

  it('nets a hedge across assets: 1 BTC held against 20 ETH short, moved together', () => {
    // 60,000k − 20 × (3,000k − 3,000) = 60,000 whatever k: with 100,000 USDC the numerator is
    // 160,000 at both ends, and the requirement at ×5 (the two assets' worst losses, no offset
    // credited, halved for maintenance) is well under it. Term by term the numerator would be
    // 100,000 + 60,000 − 20 × 12,000 = −80,000 over ×1 … ×5.
    const bound = boundOver({ USDC: '100000', BTC: '1' }, [{ id: 'short', type: 'perpetual', asset: 'ETH', quantity: '-20', entryPrice: '3000' }], 1, 5);
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThan(160_000);
  });
});

describe('a one-asset scan of a stable asset under portfolio margin', () => {
  it('still finds the rise of a borrowed stablecoin that liquidates the book', () => {
    // 50,000 USDC borrowed against 1 BTC, and a long call on 200,000 USDC: as USDC rises the debt
    // grows faster than the call pays, and the pool reaches health 1 near ×1.094 (the code before
    // the one-line bound found 1.0935960591133005). The bound counted the stablecoin's falling debt
    // as rising (its slope was taken over non-stable assets only) and stepped over the crossing.
    const report = evaluate(book({
      rules: 'portfolio',
      balances: { BTC: '1', USDC: '-50000' },
      positions: [{ id: 'call', type: 'option', asset: 'USDC', right: 'call', strike: '1.2', expiry: '2026-11-25T00:00:00Z', quantity: '200000', premium: '0.01', volatility: 0.05 }],
    }));
    expect(Number(report.account.liquidationPrices.USDC!.up)).toBeCloseTo(1.0935960591133005, 12);
  });
});
