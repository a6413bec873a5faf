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
  it('gives a lending book its debt ratio, zone and the cash to get back under the borrow limit', () => {
    const result = compareRuleSets(borrow('15000'), ['aave-v3']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 15,000 ÷ (30,000 × 0.83) = 0.6024…; health 1.66 is in the caution zone [1.2, 2); borrow limit 30,000 × 0.8 = 24,000 > 15,000.
    expect(result.value.rules[0]).toMatchObject({ ratio: '0.60240963855421686747', zone: 'caution', cashNeeded: '0' });
    const deep = compareRuleSets(borrow('25000'), ['aave-v3']);
    // 25,000 ÷ 24,900 → health 0.996: liquidation; 1,000 over the 24,000 limit.
    if (deep.ok) expect(deep.value.rules[0]).toMatchObject({ zone: 'liquidation', cashNeeded: '1000' });
  });

  it('applies the book\'s overrides under its own rule set only', () => {
    const book = { ...borrow('15000'), overrides: { WETH: { liquidationThreshold: 0.5 } } };
    const result = compareRuleSets(book, ['aave-v3', 'lending']);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // aave-v3 with the override: 15,000 ÷ (30,000 × 0.5) = 1; lending's own WETH threshold 0.85: 15,000 ÷ 25,500.
    expect(result.value.rules.map((r) => [r.name, r.overridesApplied, r.ratio])).toEqual([
      ['aave-v3', true, '1'], ['lending', false, '0.58823529411764705882'],
    ]);
  });

  it('names unknown rule sets and refuses a book that does not parse', () => {
    expect(ruleSetNames(['hyperliquid', 'ftx'])).toEqual({ ok: false, errors: [{ path: '--rules', message: expect.stringContaining('"ftx" is not a rule set') }] });
    const broken = compareRuleSets({ ...borrow('1'), balances: { WETH: 10 } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]!.path).toBe('balances.WETH');
  });
});
