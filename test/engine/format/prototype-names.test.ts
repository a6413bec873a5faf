import { describe, expect, it } from 'vitest';
import { evaluateJson, parsePortfolio } from '../../../src/engine/index';

// Issue 15: asset names that are Object.prototype keys crashed the engine ("quantity.isZero is not a
// function"): `balances.toString` of a file without that balance was Object.prototype.toString.
// The parser now hands the engine prototype-free records, so these names are ordinary symbols.

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'] as const;

/** A cross-margin book on two assets with Object.prototype names, one with a balance and one without. */
function book(rules: string) {
  return {
    format: 'margin-lab/portfolio', version: 1, name: 'prototype names', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules,
    assets: { constructor: { price: '100', volatility: 0.5 }, toString: { price: '10', volatility: 0.8 }, USDC: { price: '1', volatility: 0 } },
    balances: { USDC: '1000', constructor: '2' },
    positions: [{ id: 'long', type: 'perpetual', asset: 'toString', quantity: '50', entryPrice: '10' }],
  };
}

describe('asset names that are Object.prototype keys', () => {
  it('parse into records without a prototype, so an absent name is undefined', () => {
    const parsed = parsePortfolio(book('generic-cex'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(Object.getPrototypeOf(parsed.value.balances)).toBeNull();
    expect(Object.getPrototypeOf(parsed.value.assets)).toBeNull();
    expect(Object.getPrototypeOf(parsed.value.overrides)).toBeNull();
    expect(Object.getPrototypeOf(parsed.value.correlations)).toBeNull();
    for (const name of PROTOTYPE_NAMES.filter((n) => n !== 'constructor')) expect(parsed.value.balances[name]).toBeUndefined();
    expect(parsed.value.balances.constructor?.toString()).toBe('2');
  });

  it('evaluate like any other symbol (generic-cex): equity 1,000 + 2 × 100 = 1,200', () => {
    const result = evaluateJson(book('generic-cex'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Equity: USDC 1,000 + constructor 2 × 100 + the perpetual's PnL 50 × (10 − 10) = 1,200.
    expect(result.report.account.equity).toBe('1200');
    expect(result.report.account.positions.map((p) => p.id)).toEqual(['long']);
    expect(Object.keys(result.report.account.liquidationPrices)).toContain('toString');
  });

  it.each(['lending', 'portfolio'])('evaluate under the %s rules without throwing', (rules) => {
    const file = book(rules);
    // A lending book holds no derivatives: borrow the toString asset instead.
    if (rules === 'lending') Object.assign(file, { positions: [], balances: { USDC: '1000', toString: '-20' } });
    const result = evaluateJson(file);
    expect(result.ok ? 'report' : result.errors).toBe('report');
  });

  it.each(PROTOTYPE_NAMES)('a what-if move of "%s" on a book without it is an unknown asset, not a crash', (name) => {
    const file = { ...book('generic-cex'), assets: { BTC: { price: '100', volatility: 0.5 }, USDC: { price: '1', volatility: 0 } }, balances: { USDC: '1' }, positions: [] };
    expect(evaluateJson(file, { priceMoves: { [name]: 0.1 } })).toEqual({ ok: false, errors: [{ path: `options.priceMoves.${name}`, message: `unknown asset "${name}"` }] });
    expect(evaluateJson(file, { topUps: [{ asset: name, targetHealthFactor: 2 }] })).toMatchObject({ ok: false, errors: [{ path: 'options.topUps[0].asset' }] });
  });
});
