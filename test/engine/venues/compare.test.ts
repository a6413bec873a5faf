import { describe, expect, it } from 'vitest';
import { compareRuleSets, ruleSetNames } from '../../../src/engine/venues/compare';
import { bookInput } from '../fixtures/books';

// One book under several rule sets: what a trader compares, checked by hand on a lending book
// (the command-line test covers the exchanges).

const borrow = (debt: string) => bookInput({
  name: 'ETH loan', rules: 'aave-v3',
  assets: { WETH: { price: '3000', volatility: 0.7 }, USDC: { price: '1', volatility: 0 } },
  balances: { WETH: '10', USDC: `-${debt}` },
});

describe('comparing rule sets', () => {
  it('gives a lending book its health factor, its own zone and the cash to get back under the borrow limit', () => {
    const result = compareRuleSets(borrow('15000'), ['aave-v3']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Health factor 30,000 × 0.83 ÷ 15,000 = 1.66. Zone by distance, not by the ratio: WETH liquidates at
    // 15,000 ÷ (10 × 0.83) = 1,807.23, a 39.76 % fall; daily σ 0.7 ÷ √365 = 3.664 %, so 10.9 σ: safe
    // (the old ratio bands called 1.66 "caution"). Borrow limit 30,000 × 0.8 = 24,000 > 15,000.
    expect(result.value.rules[0]).toMatchObject({ measure: 'health factor', ratio: '1.66', liquidated: false, zone: 'safe', cashNeeded: '0' });
    const deep = compareRuleSets(borrow('25000'), ['aave-v3']);
    // 24,900 ÷ 25,000 → health 0.996: liquidated; 1,000 over the 24,000 limit.
    if (deep.ok) expect(deep.value.rules[0]).toMatchObject({ ratio: '0.996', liquidated: true, zone: 'liquidated', cashNeeded: '1000' });
  });

  it('zones each venue by its own distance to liquidation and names its ratio as its rules do', () => {
    const wild = bookInput({ ...borrow('15000'), assets: { WETH: { price: '3000', volatility: 7 }, USDC: { price: '1', volatility: 0 } } });
    const result = compareRuleSets(wild, ['aave-v3', 'binance-usdm']);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Daily σ 7 ÷ √365 = 36.64 %. Aave: a 39.76 % fall (above) is 1.09 σ: caution, health factor 1.66.
    // Binance: maintenance 1,500, equity 30,000 − 15,000 = 15,000, margin ratio 1,500 ÷ 15,000 = 1/6;
    // WETH liquidates at 2,062.5, a 31.25 % fall, 0.85 σ: danger (the old bands read health 6 as "healthy").
    expect(result.value.rules.map((r) => [r.name, r.measure, r.ratio, r.zone])).toEqual([
      ['aave-v3', 'health factor', '1.66', 'caution'],
      ['binance-usdm', 'margin ratio', '0.16666666666666666667', 'danger'],
    ]);
    expect(JSON.stringify(result.value)).not.toContain('healthy');
  });

  it('says why a venue has no ratio', () => {
    const result = compareRuleSets(borrow('25000'), ['binance-usdm']);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Binance counts the WETH at 30,000 × 0.8 = 24,000 against the 25,000 borrow: adjusted equity −1,000, no ratio, liquidated.
    expect(result.value.rules[0]).toMatchObject({ measure: 'margin ratio', ratio: null, ratioReason: expect.stringContaining('no equity'), liquidated: true, zone: 'liquidated' });
  });

  it('applies the book\'s overrides under its own rule set only', () => {
    const book = { ...borrow('15000'), overrides: { WETH: { liquidationThreshold: 0.5 } } };
    const result = compareRuleSets(book, ['aave-v3', 'lending']);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // aave-v3 with the override: health 30,000 × 0.5 ÷ 15,000 = 1; lending's own WETH threshold 0.85: 25,500 ÷ 15,000 = 1.7.
    expect(result.value.rules.map((r) => [r.name, r.overridesApplied, r.ratio])).toEqual([
      ['aave-v3', true, '1'], ['lending', false, '1.7'],
    ]);
  });

  it('names unknown rule sets and refuses a book that does not parse', () => {
    expect(ruleSetNames(['hyperliquid', 'ftx'])).toEqual({ ok: false, errors: [{ path: '--rules', message: expect.stringContaining('"ftx" is not a rule set') }] });
    const broken = compareRuleSets({ ...borrow('1'), balances: { WETH: 10 } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]!.path).toBe('balances.WETH');
  });
});
