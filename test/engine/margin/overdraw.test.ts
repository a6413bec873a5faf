import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isolatedShortfall } from '../../../src/engine/account';
import { evaluate, parsePortfolio } from '../../../src/engine/index';
import { poolBalance } from '../../../src/engine/margin/pool';
import { Dec } from '../../../src/engine/money';
import { makeContext } from '../../../src/engine/valuation/context';
import { book } from '../fixtures/books';

// Issue 10, item 4: isolated collateral is drawn from the account's quote balance; what it takes
// beyond that balance is money the account does not hold, which the pool carries as a borrow of the
// quote (isolated-borrow.test.ts). No example leans on it.

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);

describe('isolated collateral beyond the quote cash', () => {
  it('is the isolated collateral less the quote balance held', () => {
    const isolated = (collateral: string) => ({ id: `p${collateral}`, type: 'perpetual' as const, asset: 'BTC', quantity: '0.1', entryPrice: '60000', margin: { mode: 'isolated' as const, collateral } });
    const withUsd = { assets: { BTC: { price: '60000', volatility: 0.55 }, USD: { price: '1', volatility: 0 }, USDC: { price: '1', volatility: 0 } } };
    // USDC 20,000 is not the quote (USD): 15,000 of isolated collateral overdraws 15,000.
    expect(isolatedShortfall(book({ balances: { USDC: '20000' }, positions: [isolated('15000')] })).toString()).toBe('15000');
    // USD 10,000 held, 6,000 + 5,000 taken: 1,000 short.
    expect(isolatedShortfall(book({ ...withUsd, balances: { USD: '10000' }, positions: [isolated('6000'), isolated('5000')] })).toString()).toBe('1000');
    // A USD borrow already written out covers nothing: 15,000 short.
    expect(isolatedShortfall(book({ ...withUsd, balances: { USD: '-500' }, positions: [isolated('15000')] })).toString()).toBe('15000');
    expect(isolatedShortfall(book({ ...withUsd, balances: { USD: '15000' }, positions: [isolated('15000')] })).toString()).toBe('0');
  });

  it('is reported as a warning on the position whose collateral goes past the quote cash', () => {
    const withUsd = { assets: { BTC: { price: '60000', volatility: 0.55 }, ETH: { price: '3000', volatility: 0.7 }, USD: { price: '1', volatility: 0 } } };
    const isolated = (id: string, collateral: string) => ({ id, type: 'perpetual' as const, asset: 'ETH', quantity: '1', entryPrice: '3000', margin: { mode: 'isolated' as const, collateral } });
    const cross = { id: 'btc', type: 'perpetual' as const, asset: 'BTC', quantity: '0.1', entryPrice: '60000' };
    // USD 10,000: 6,000 fits, 6,000 + 5,000 = 11,000 does not: the second isolated position (index 2) is named, 1,000 short.
    const r = evaluate(book({ ...withUsd, balances: { USD: '10000' }, positions: [isolated('a', '6000'), cross, isolated('b', '5000')] }));
    const warning = r.warnings.find((w) => w.path.endsWith('margin.collateral'));
    expect(warning?.path).toBe('positions[2].margin.collateral');
    expect(warning?.message).toContain('more than the 10000 USD the balances hold: 1000 USD the account does not have');
    const covered = evaluate(book({ ...withUsd, balances: { USD: '11000' }, positions: [isolated('a', '6000'), cross, isolated('b', '5000')] }));
    expect(covered.warnings.filter((w) => w.path.endsWith('margin.collateral'))).toEqual([]);
  });

  it('is taken by no example portfolio', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('cascade-'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const parsed = parsePortfolio(JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
      expect({ file, shortfall: isolatedShortfall(parsed.value).toString() }).toEqual({ file, shortfall: '0' });
      // And the report agrees: no overdraw warning, and the pool's quote balance is the quote held less
      // the isolated collateral, never below zero.
      const ctx = makeContext(parsed.value);
      expect({ file, warnings: evaluate(parsed.value).warnings.filter((w) => w.path.endsWith('margin.collateral')) }).toEqual({ file, warnings: [] });
      expect({ file, borrowed: (poolBalance(ctx, parsed.value.quote) ?? new Dec(0)).isNegative() }).toEqual({ file, borrowed: false });
    }
  });
});
