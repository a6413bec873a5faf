import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/engine/pricing/normal';
import { bookLoss, bookVectors } from '../../../src/engine/risk/book-vectors';
import { createOptionRepricer } from '../../../src/engine/risk/montecarlo';
import { normalCdfTable } from '../../../src/engine/risk/normal-table';
import { book } from '../fixtures/books';

describe('the Monte Carlo\'s pricing', () => {
  it('tabulates Φ to within 1e-11 of the exact one everywhere', () => {
    let worst = 0;
    for (let x = -12; x <= 12; x += 0.000731) worst = Math.max(worst, Math.abs(normalCdf(x) - normalCdfTable(x)));
    // Just below the table's end, where x + 9 rounds up to 18 (× 128 is exact).
    for (const x of [8.999999999999998, -8.999999999999998, 0]) worst = Math.max(worst, Math.abs(normalCdf(x) - normalCdfTable(x)));
    expect(worst).toBeLessThan(1e-11);
  });

  it('reprices options as the exact Black-76 path does, for any move', () => {
    const p = book({
      rate: 0.03,
      positions: [
        { id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '65000', expiry: '2027-01-29T08:00:00Z', quantity: '-2', premium: '2500' },
        { id: 'put', type: 'option', asset: 'ETH', right: 'put', strike: '2800', expiry: '2026-12-25T08:00:00Z', quantity: '10', premium: '90', volatility: 0.8 },
        { id: 'expired', type: 'option', asset: 'ETH', right: 'call', strike: '2500', expiry: '2026-11-01T08:00:00Z', quantity: '3', premium: '10' },
      ],
    });
    const v = bookVectors(p, 1 / 365);
    const reprice = createOptionRepricer(v);
    fc.assert(fc.property(fc.double({ min: -0.99, max: 3, noNaN: true }), fc.double({ min: -0.99, max: 3, noNaN: true }), (btc, eth) => {
      const returns = new Float64Array(v.assets.map((a) => (a === 'BTC' ? btc : a === 'ETH' ? eth : 0)));
      // bookLoss is −(linear change + options by black76Price); this book has no linear part.
      const exact = -bookLoss(v, returns);
      // Each Φ is within 1e-11, so an option's value is within 1e-11 · (F + K) per unit.
      let bound = 1e-9;
      for (let k = 0; k < v.option.quantity.length; k++) {
        const i = v.option.asset[k]!;
        bound += 1e-11 * Math.abs(v.option.quantity[k]!) * (v.prices[i]! * (1 + returns[i]!) + v.option.strike[k]!);
      }
      expect(Math.abs(reprice(returns) - exact)).toBeLessThan(bound);
    }), { numRuns: 300 });
  });
});
