import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { book } from '../fixtures/books';

// An option position's greeks as the report prints them (valuation/position.ts PositionGreeks):
// quantity × the model's figure, vega per volatility point and theta per calendar day; and each
// asset's sums (asset-figures.ts), where balances and futures stay exact.

// At the money on the forward, r = 0, one year, σ = 0.2: d1 = σ√T / 2 = 0.1, d2 = −0.1, and
//   Φ(0.1) = 0.539827837277029, φ(0.1) = 0.396952547477012 (tables; erf(0.1/√2) = 0.0796556745540…)
//   call delta = Φ(d1) = 0.539827837277029
//   gamma = φ(d1) / (F σ √T) = 0.396952547477012 / 20 = 0.0198476273738506
//   vega = F φ(d1) √T = 39.6952547477012 per unit of volatility, 0.396952547477012 per point
//   theta = −F φ(d1) σ / (2 √T) = −3.96952547477012 a year, −0.0108754122596442 a day
const PHI = 0.539827837277029;
const DENSITY = 0.396952547477012;

describe('option greeks at the position size', () => {
  const report = evaluate(book({
    assets: { XYZ: { price: '100', volatility: 0.2 }, USDC: { price: '1', volatility: 0 } },
    balances: { USDC: '100000', XYZ: '0.1' },
    positions: [
      { id: 'short-call', type: 'option', asset: 'XYZ', right: 'call', strike: '100', expiry: '2027-11-24T00:00:00Z', quantity: '-2', premium: '8' },
      { id: 'long-put', type: 'option', asset: 'XYZ', right: 'put', strike: '100', expiry: '2027-11-24T00:00:00Z', quantity: '3', premium: '8' },
      { id: 'perp', type: 'perpetual', asset: 'XYZ', quantity: '0.2', entryPrice: '100' },
    ],
  }));
  const position = (id: string) => report.account.positions.find((p) => p.id === id)!;
  const close = (text: string, expected: number) => expect(Number(text)).toBeCloseTo(expected, 13);

  it('are quantity × the model figure, vega per volatility point, theta per day', () => {
    const call = position('short-call');
    // −2 × 0.539827837277029 = −1.079655674554058
    close(call.delta, -1.079655674554058);
    // −2 × 0.0198476273738506 = −0.0396952547477012
    close(call.gamma, -0.0396952547477012);
    // −2 × 39.6952547477012 ÷ 100 = −0.793905094954024
    close(call.vega, -0.793905094954024);
    // −2 × −3.96952547477012 ÷ 365 = +0.0217508245192883
    close(call.theta, 0.0217508245192883);
    // The put: delta Φ(d1) − 1 = −0.460172162722971, × 3 = −1.380516488168913; the rest as the call's, × 3.
    const put = position('long-put');
    close(put.delta, 3 * (PHI - 1));
    close(put.gamma, (3 * DENSITY) / 20);
    close(put.vega, (3 * 100 * DENSITY) / 100);
    close(put.theta, (3 * -100 * DENSITY * 0.2) / 2 / 365);
  });

  it('are a future\'s quantity for delta and 0 for the rest, as written', () => {
    expect(position('perp')).toMatchObject({ delta: '0.2', gamma: '0', vega: '0', theta: '0' });
  });

  it('sum by asset: the balance and futures exactly, the options\' model figures added', () => {
    const xyz = report.account.assets.find((a) => a.asset === 'XYZ')!;
    // 0.1 held + 0.2 perpetual + (−2 × 0.539827837277029) + 3 × (0.539827837277029 − 1)
    //   = 0.3 − 1.079655674554058 − 1.380516488168913 = −2.160172162722971
    close(xyz.delta, 0.3 - 2 * PHI + 3 * (PHI - 1));
    // (−2 + 3) × the unit figures.
    close(xyz.gamma, DENSITY / 20);
    close(xyz.vega, DENSITY);
    close(xyz.theta, (-100 * DENSITY * 0.2) / 2 / 365);
    // Every string plain: never "1e-7", never "-0".
    for (const text of [xyz.delta, xyz.gamma, xyz.vega, xyz.theta]) expect(text).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('keep a balance and futures exact where no option is held: 0.1 + 0.2 is 0.3, not 0.30000000000000004', () => {
    const r = evaluate(book({ balances: { BTC: '0.1' }, positions: [{ id: 'p', type: 'perpetual', asset: 'BTC', quantity: '0.2', entryPrice: '60000' }] }));
    expect(r.account.assets.find((a) => a.asset === 'BTC')).toMatchObject({ delta: '0.3', gamma: '0', vega: '0', theta: '0' });
  });
});

describe('option greeks that close each other out', () => {
  it('sum to 0 on the asset, as the quantities do: 0.1 + 0.2 − 0.3 of one call', () => {
    // In doubles 0.1Γ + 0.2Γ − 0.3Γ comes to some 1e-21 for this call, not 0: within the sum's own rounding,
    // which is what the asset reports as 0. The balance's delta stays exact beside it.
    const call = { type: 'option' as const, asset: 'BTC', right: 'call' as const, strike: '65000', expiry: '2027-01-24T00:00:00Z', premium: '1000', volatility: 0.6 };
    const report = evaluate(book({
      balances: { USDC: '100000', BTC: '0.5' },
      positions: [{ id: 'a', ...call, quantity: '0.1' }, { id: 'b', ...call, quantity: '0.2' }, { id: 'c', ...call, quantity: '-0.3' }],
    }));
    expect(report.account.assets.find((a) => a.asset === 'BTC')).toMatchObject({ delta: '0.5', gamma: '0', vega: '0', theta: '0' });
    // Each position still shows its own.
    expect(Number(report.account.positions[0]!.gamma)).toBeGreaterThan(0);
  });

  it('keep a small real remainder: 1 call against 0.999 of it', () => {
    const call = { type: 'option' as const, asset: 'BTC', right: 'call' as const, strike: '65000', expiry: '2027-01-24T00:00:00Z', premium: '1000', volatility: 0.6 };
    const report = evaluate(book({ balances: { USDC: '100000' }, positions: [{ id: 'a', ...call, quantity: '1' }, { id: 'b', ...call, quantity: '-0.999' }] }));
    const one = evaluate(book({ balances: { USDC: '100000' }, positions: [{ id: 'a', ...call, quantity: '1' }] }));
    const btc = report.account.assets.find((a) => a.asset === 'BTC')!;
    // 0.001 of the call's own figures.
    expect(Number(btc.vega)).toBeCloseTo(0.001 * Number(one.account.positions[0]!.vega), 12);
    expect(Number(btc.gamma)).toBeGreaterThan(0);
  });
});
