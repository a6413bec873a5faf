import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { lendingLoop, thinLong } from './fixtures/books';

describe('collateral top-up', () => {
  it('adds the stablecoin that lifts health to the target', () => {
    // Thin long: adjusted equity 1,000, maintenance 250 → health 4. Target 10: 2,500 − 1,000 = 1,500 USDC.
    const [t] = evaluate(thinLong(), { topUps: [{ asset: 'USDC', targetHealthFactor: 10 }] }).topUps;
    expect(Number(t!.quantity)).toBeCloseTo(1500, 12);
    expect(Number(t!.value)).toBeCloseTo(1500, 12);
  });

  it('counts a coin after its haircut', () => {
    // BTC counts at 95 %: x × 60,000 × 0.95 = 1,500 → x = 0.0263157894…
    const [t] = evaluate(thinLong(), { topUps: [{ asset: 'BTC', targetHealthFactor: 10 }] }).topUps;
    expect(Number(t!.quantity)).toBeCloseTo(1500 / 57000, 14);
  });

  it('adds nothing when the target is already met', () => {
    const [t] = evaluate(thinLong(), { topUps: [{ asset: 'USDC', targetHealthFactor: 2 }] }).topUps;
    expect(t!.quantity).toBe('0');
  });

  it('tops up a lending position through its liquidation threshold', () => {
    // Health 1.7 → 2: (10 + x) × 3,000 × 0.85 = 30,000 → x = 30,000 / 2,550 − 10 = 1.7647058…
    const [t] = evaluate(lendingLoop(), { topUps: [{ asset: 'ETH', targetHealthFactor: 2 }] }).topUps;
    expect(Number(t!.quantity)).toBeCloseTo(30000 / 2550 - 10, 12);
  });

  it('repays a borrow when the asset added is the one borrowed', () => {
    // Adding USDC to a −15,000 USDC balance cuts the debt: 25,500 / (15,000 − x) = 2 → x = 2,250.
    const [t] = evaluate(lendingLoop(), { topUps: [{ asset: 'USDC', targetHealthFactor: 2 }] }).topUps;
    expect(Number(t!.quantity)).toBeCloseTo(2250, 12);
  });
});
