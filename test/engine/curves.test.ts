import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { book, thinLong } from './fixtures/books';

describe('health curves', () => {
  it('runs from −50 % to +50 % in 101 steps by default, with today at the middle', () => {
    const r = evaluate(thinLong());
    expect(r.healthCurves.moves).toHaveLength(101);
    expect(r.healthCurves.moves[0]).toBe(-0.5);
    expect(r.healthCurves.moves[50]).toBe(0);
    expect(r.healthCurves.moves[100]).toBe(0.5);
    const btc = r.healthCurves.curves.find((c) => c.name === 'BTC')!;
    expect(btc.healthFactor[50]).toBe(4);
  });

  it('gives the health factor at a moved price', () => {
    const r = evaluate(thinLong(), { curveRange: { from: -0.1, to: 0.1, steps: 3 } });
    const btc = r.healthCurves.curves.find((c) => c.name === 'BTC')!;
    // −10 %: price 54,000, equity 1,000 − 6,000 = −5,000; MM 54,000 × 0.005 − 50 = 220 → −22.727…
    // +10 %: 66,000, equity 7,000; MM 280 → 25.
    expect(btc.healthFactor[0]).toBeCloseTo(-5000 / 220, 12);
    expect(btc.healthFactor[2]).toBeCloseTo(25, 12);
  });

  it('moves every non-stable asset together in the joint curve', () => {
    const p = book({
      balances: { USDC: '10000' },
      positions: [
        { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' },
        { id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '-10', entryPrice: '3000' },
      ],
    });
    const r = evaluate(p, { curveRange: { from: -0.2, to: 0.2, steps: 3 } });
    const joint = r.healthCurves.curves.find((c) => c.name === 'joint')!;
    // −20 %: BTC 48,000 (PnL −12,000), ETH 2,400 (PnL +6,000): equity 4,000.
    // MM: BTC 48,000 × 0.004 = 192; ETH notional 24,000 × 0.0065 − 15 = 141 → 4,000 / 333 = 12.012…
    expect(joint.healthFactor[0]).toBeCloseTo(4000 / 333, 12);
    // No stablecoin curve: USDC does not move.
    expect(r.healthCurves.curves.map((c) => c.name)).toEqual(['BTC', 'ETH', 'joint']);
  });
});

describe('what-if moves', () => {
  it('values the book at moved prices', () => {
    const r = evaluate(thinLong(), { priceMoves: { BTC: 0.1 } });
    expect(r.account.assets.find((a) => a.asset === 'BTC')!.price).toBe('66000');
    expect(r.account.healthFactor).toBe('25');
  });

  it('applies a joint move to non-stable assets only', () => {
    const r = evaluate(thinLong(), { jointMove: -0.01 });
    // BTC 60,000 → 59,400 and ETH 3,000 → 2,970; USDC stays at 1.
    expect(r.account.assets.map((a) => a.price)).toEqual(['59400', '2970', '1']);
  });
});
