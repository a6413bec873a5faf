import { describe, expect, it } from 'vitest';
import { evaluate, healthFactorGrid } from '../../src/engine/index';
import { book } from './fixtures/books';

describe('health factor over two assets\' moves', () => {
  const p = book({
    balances: { USDC: '10000' },
    positions: [
      { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' },
      { id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '-10', entryPrice: '3000' },
    ],
  });

  it('agrees with the joint curve on its diagonal and with today at its centre', () => {
    const grid = healthFactorGrid(p, 'BTC', 'ETH', [-0.2, 0, 0.2]);
    if (!grid.ok) throw new Error('grid failed');
    const report = evaluate(p, { curveRange: { from: -0.2, to: 0.2, steps: 3 } });
    const joint = report.healthCurves.curves.find((c) => c.name === 'joint')!;
    expect(grid.value.healthFactor[1]![1]).toBe(Number(report.account.healthFactor));
    expect(grid.value.healthFactor[0]![0]).toBeCloseTo(joint.healthFactor[0]!, 12);
    expect(grid.value.healthFactor[2]![2]).toBeCloseTo(joint.healthFactor[2]!, 12);
  });

  it('moves one asset alone along an edge', () => {
    const grid = healthFactorGrid(p, 'BTC', 'ETH', [-0.1, 0]);
    if (!grid.ok) throw new Error('grid failed');
    // BTC −10 %: PnL −6,000 → equity 4,000; MM: BTC 54,000 × 0.005 − 50 = 220, ETH 30,000 × 0.0065 − 15 = 180 → 10.
    expect(grid.value.healthFactor[0]![1]).toBeCloseTo(4000 / 400, 12);
  });

  it('names a bad request', () => {
    const grid = healthFactorGrid(p, 'BTC', 'XRP', [-0.1, 0]);
    expect(grid.ok).toBe(false);
    if (!grid.ok) expect(grid.errors[0]).toEqual({ path: 'heatmap.second', message: 'unknown asset "XRP"' });
  });
});
