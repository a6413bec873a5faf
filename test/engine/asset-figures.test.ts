import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { book } from './fixtures/books';

// Stage "assets" (src/engine/asset-figures.ts): each asset's balance, what it counts for as
// collateral (exact), and the greeks of every position on it (balances and futures exact, options'
// model figures summed in doubles).

describe('per-asset figures', () => {
  const report = evaluate(book({
    balances: { USDC: '10000', BTC: '0.5', ETH: '-2' },
    positions: [
      { id: 'perp', type: 'perpetual', asset: 'BTC', quantity: '-0.2', entryPrice: '60000' },
      { id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '60000', expiry: '2027-01-24T00:00:00Z', quantity: '1', premium: '5000', volatility: 0.55 },
      { id: 'eth-perp', type: 'perpetual', asset: 'ETH', quantity: '3', entryPrice: '3000' },
    ],
  }));
  const figures = (asset: string) => report.account.assets.find((a) => a.asset === asset)!;
  const call = report.account.positions.find((p) => p.id === 'call')!;

  it('sums delta as balance + every position’s delta, and the option greeks of the asset', () => {
    // BTC: 0.5 held − 0.2 perpetual + the call's delta (about 0.55 at the money with 2 months left).
    expect(Number(figures('BTC').delta)).toBeCloseTo(0.5 - 0.2 + Number(call.delta), 12);
    expect(Number(call.delta)).toBeGreaterThan(0.5);
    expect(figures('BTC').gamma).toBe(call.gamma);
    expect(figures('BTC').vega).toBe(call.vega);
    // ETH: −2 borrowed + 3 perpetual = 1; no option, so no gamma.
    expect(figures('ETH').delta).toBe('1');
    expect(figures('ETH').gamma).toBe('0');
    // USDC: only the balance.
    expect(figures('USDC').delta).toBe('10000');
  });

  it('values a holding after its haircut and a borrow as a negative liability', () => {
    // BTC 0.5 × 60,000 = 30,000, less generic-cex's 5 % haircut = 28,500. ETH −2 × 3,000 = −6,000.
    expect(figures('BTC').collateralValue).toBe('28500');
    expect(figures('ETH').collateralValue).toBe('-6000');
    expect(figures('USDC').collateralValue).toBe('10000');
  });
});
