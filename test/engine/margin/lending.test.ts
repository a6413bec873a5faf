import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { book, lendingLoop } from '../fixtures/books';

describe('lending health factor (Aave-style)', () => {
  it('is Σ collateral × liquidation threshold ÷ debt', () => {
    const r = evaluate(lendingLoop());
    // 10 ETH × 3,000 × 0.85 = 25,500 against 15,000 of USDC debt → 1.7.
    expect(r.lending?.weightedCollateral).toBe('25500');
    expect(r.lending?.debt).toBe('15000');
    expect(r.account.healthFactor).toBe('1.7');
    expect(r.lending?.healthFactor).toBe('1.7');
    // Borrow capacity: 30,000 × 0.825 − 15,000 = 9,750.
    expect(r.lending?.borrowCapacity).toBe('9750');
  });

  it('puts the ETH liquidation price where the threshold value meets the debt', () => {
    const eth = evaluate(lendingLoop()).account.liquidationPrices.ETH!;
    // 10 × p × 0.85 = 15,000 → p = 1,764.70588…
    expect(Number(eth.down)).toBeCloseTo(1764.705882353, 8);
    expect(eth.downMove).toBeCloseTo(1764.705882353 / 3000 - 1, 9);
  });

  it('applies the close factor and bonus of the Aave FAQ example', () => {
    // Aave FAQ: 10 ETH of collateral, 5 ETH worth of debt; a liquidator repays 2.5 (50 % close
    // factor) and receives 2.5 + 0.125 ETH at a 5 % bonus: repay × 1.05 of collateral. Here the debt is
    // 15,000 USDC: repay 7,500, seize 7,875 of ETH valued at the liquidation price (Aave v3 prices the
    // collateral when it liquidates): 10 × p × 0.85 = 15,000 → p = 1,764.70588…, 7,875 × 8.5 ÷ 15,000 = 4.4625 ETH.
    const l = evaluate(lendingLoop()).lending!;
    expect(l.closeFactor).toBe(0.5);
    expect(l.liquidation.maxRepayable).toBe('7500');
    expect(l.liquidation.collateralSeized).toMatchObject({ asset: 'ETH', quantity: '4.4625', value: '7875', pricedAt: 'liquidation' });
  });

  it('lets the whole debt be repaid once health is at or below 0.95 (Aave v3)', () => {
    // 10 ETH × 1,650 × 0.85 = 14,025 / 15,000 = 0.935.
    const r = evaluate(book({ rules: 'lending', balances: { ETH: '10', USDC: '-15000' }, assets: { ETH: { price: '1650', volatility: 0.7 }, USDC: { price: '1', volatility: 0 } } }));
    expect(r.account.healthFactor).toBe('0.935');
    expect(r.account.liquidatable).toBe(true);
    expect(r.lending?.closeFactor).toBe(1);
  });

  it('has no health factor without debt, and says so', () => {
    const r = evaluate(book({ rules: 'lending', balances: { ETH: '10' } }));
    expect(r.account.healthFactor).toBeNull();
    expect(r.account.healthFactorReason).toMatch(/no debt/);
  });
});
