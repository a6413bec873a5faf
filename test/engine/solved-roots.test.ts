import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateBook } from '../../src/engine/evaluation';
import { parsePortfolio, type Portfolio } from '../../src/engine/index';
import { assetRootIsDouble } from '../../src/engine/kernel/liquidation';
import { poolAt } from '../../src/engine/kernel/pool';
import { healthAlongAsset } from '../../src/engine/liquidation/prices';
import { evaluateAccount } from '../../src/engine/account';

// How a kernel root is reported: as its double where that holds health 1 to 1e-13 exactly, polished on
// the exact decimal path only where it does not. The kernel's rounding bound is a worst case, so most
// roots it flags are still checked once and kept as doubles (one exact valuation instead of ~11).

function example(name: string): Portfolio {
  const parsed = parsePortfolio(JSON.parse(readFileSync(join(import.meta.dirname, '../../public/examples', `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.value;
}

function exactHealthAt(p: Portfolio, asset: string, price: Decimal): Decimal {
  const e = evaluateBook(p);
  const h = healthAlongAsset(e.ctx, e.account.prices, asset, evaluateAccount(e.ctx, e.account.prices).pool)(price);
  return h.numerator.div(h.requirement);
}

describe('reported roots', () => {
  it('keeps a flagged root as its double when one exact valuation shows health 1 to 1e-13', () => {
    // Leveraged ETH long: 21,000 USDC in the pool behind 100 ETH long from 2,950. Its surplus nets
    // ~570,000 of gross value, so the kernel's worst-case rounding (570,000 × 4.5e-16 ≈ 2.6e-10) exceeds
    // 1e-13 of the ~2,400 requirement (2.4e-10): the bound flags the root, but the double misses health 1
    // by ~1e-12 of surplus, ~4e-16 relative.
    const p = example('leveraged-long');
    const e = evaluateBook(p);
    const eth = e.book.bySymbol.get('ETH')!;
    const down = e.liquidationPrices.get('ETH')!.down!;
    expect(assetRootIsDouble(e.book, poolAt(e.book), eth.index, down.value)).toBe(false);
    expect(down.exact).toBeNull();
    const health = exactHealthAt(p, 'ETH', new Decimal(down.value));
    expect(health.minus(1).abs().toNumber()).toBeLessThanOrEqual(1e-13);
  });

  it('polishes a root whose double misses health 1: long calls over a 0.001 requirement', () => {
    // 931.86 calls struck at 414.2 against a 0.01 borrow (requirement 0.001): one double step of the
    // price moves the calls by ~5e-11, 5e-8 of the requirement, so the double cannot hold 1e-13 and the
    // root is polished: 414.2 + 0.011 / 931.86 (see the worked example in properties.test.ts).
    const parsed = parsePortfolio({
      format: 'margin-lab/portfolio', version: 1, name: 'long calls, tiny requirement', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex',
      assets: { ETH: { price: '800', volatility: 1 }, USDC: { price: '1', volatility: 0 }, USD: { price: '1', volatility: 0 } },
      balances: { USDC: '-0.01', USD: '10600.03' },
      positions: [
        { id: 'calls', type: 'option', asset: 'ETH', right: 'call', strike: '414.2', expiry: '2026-11-22T00:00:00Z', quantity: '931.86', premium: '0.8' },
        { id: 'side', type: 'perpetual', asset: 'ETH', quantity: '-0.001', entryPrice: '800', margin: { mode: 'isolated', collateral: '10600.03' } },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    const down = evaluateBook(parsed.value).liquidationPrices.get('ETH')!.down!;
    expect(down.exact).not.toBeNull();
    const expected = new Decimal('414.2').plus(new Decimal('0.011').div('931.86'));
    expect(down.exact!.minus(expected).abs().div(expected).toNumber()).toBeLessThan(1e-15);
  });
});
