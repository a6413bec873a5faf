import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { basisTrade, book, thinLong } from './fixtures/books';

describe('efficiency against isolated margin', () => {
  it('shows the basis trade needs no extra cash in cross, its initial margin less PnL in isolation', () => {
    const e = evaluate(basisTrade()).efficiency!;
    // Isolated: notional 60,000 is in BTC's second bracket (0.5 % maintenance, 100× → initial 1 %):
    // the short alone needs IM 60,000 × 0.01 = 600, less its +100 PnL → 500.
    expect(e.isolated.requiredCapital).toBe('500');
    // Cross: IM 600 against 57,000 of haircut BTC + 100 PnL (cash aside) → nothing more needed.
    expect(e.cross.requiredCapital).toBe('0');
    expect(e.crossSaving).toEqual({ money: '500', fraction: 1 });
  });

  it('gives the isolated short only the cash, while cross lets the spot BTC back it', () => {
    const e = evaluate(basisTrade()).efficiency!;
    // Isolated: 10,000 USDC of collateral for the short at 60,100:
    // (10,000 + 50 + 60,100) / (0.005 + 1) = 69,800.995… (0.005 bracket, notional ≤ 500,000 ✓) → move +16.335 %.
    expect(e.isolated.survivableMove).toBeCloseTo(70150 / 1.005 / 60000 - 1, 9);
    // Cross: the joint move is BTC's own move: 1,210,833.33 / 60,000 − 1 = 19.18.
    expect(e.cross.survivableMove).toBeCloseTo(72650 / 0.06 / 60000 - 1, 9);
  });

  it('needs the same capital for one position either way', () => {
    const e = evaluate(thinLong()).efficiency!;
    // One long at today's price: IM 60,000 × 1 % (second bracket) = 600 in both regimes (cash is the only collateral).
    expect(e.isolated.requiredCapital).toBe('600');
    expect(e.cross.requiredCapital).toBe('600');
    expect(e.isolated.survivableMove).toBeCloseTo(e.cross.survivableMove!, 12);
  });

  it('says why there is nothing to compare', () => {
    const r = evaluate(book({ balances: { USDC: '100' } }));
    expect(r.efficiency).toBeNull();
    expect(r.efficiencyReason).toMatch(/no derivative positions/);
  });
});
