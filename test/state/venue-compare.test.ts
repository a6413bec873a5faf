import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisPosition, liquidationAxes, moveFromToday, requestComparison, type Comparison, type RuleSetComparison } from '../../src/state/venue-compare';
import { example, inProcessEngine } from './helpers';

function rule(name: string, prices: RuleSetComparison['liquidationPrices']): RuleSetComparison {
  return { name: name as RuleSetComparison['name'], title: name, overridesApplied: false, initialMargin: '0', maintenanceMargin: '0', measure: 'margin ratio', ratio: null, liquidated: false, zone: 'none', cashNeeded: '0', liquidationPrices: prices, jointMove: { down: null, up: null } };
}

describe('compare venues: the request', () => {
  it('asks for the chosen rule sets only, in their order', async () => {
    const outcome = await requestComparison(inProcessEngine(), example('leveraged-long.json'), ['hyperliquid', 'binance-usdm']);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(outcome.comparison.rules.map((r) => r.name)).toEqual(['hyperliquid', 'binance-usdm']);
  });

  it('asks for every rule set when none is chosen, and refuses an empty choice in words', async () => {
    const all = await requestComparison(inProcessEngine(), example('leveraged-long.json'));
    expect(all.status === 'done' && all.comparison.rules.length).toBeGreaterThanOrEqual(8);
    expect(await requestComparison(inProcessEngine(), example('leveraged-long.json'), [])).toEqual({ status: 'invalid', problems: ['Choose at least one rule set to compare.'] });
  });

  it('names an unknown rule set and a broken book by field, never throws', async () => {
    const unknown = await requestComparison(inProcessEngine(), example('leveraged-long.json'), ['nowhere']);
    expect(unknown.status === 'invalid' && unknown.problems[0]).toMatch(/^--rules: "nowhere" is not a rule set/);
    const doc = example('leveraged-long.json') as { assets: Record<string, { price: string }> };
    doc.assets.BTC!.price = 'lots';
    const broken = await requestComparison(inProcessEngine(), doc);
    expect(broken.status === 'invalid' && broken.problems.join('\n')).toMatch(/Asset BTC, price/);
  });
});

describe('compare venues: one axis per asset', () => {
  const comparison: Comparison = {
    book: 'hand-made',
    rules: [
      rule('a', { BTC: { down: '55000', up: null }, USDC: { down: null, up: null } }),
      rule('b', { BTC: { down: '50000', up: '150000' }, USDC: { down: null, up: null } }),
      rule('c', { BTC: { down: null, up: null }, USDC: { down: null, up: null } }),
    ],
  };

  it('puts every venue’s price on the asset’s axis and lists the venues that never liquidate', () => {
    const axes = liquidationAxes(comparison, { BTC: '100000', USDC: '1' });
    // USDC: no venue liquidates it, so no axis.
    expect(axes.map((a) => a.asset)).toEqual(['BTC']);
    const btc = axes[0]!;
    expect(btc.marks.map((m) => `${m.ruleSet}:${m.side}:${m.exact}`)).toEqual(['a:down:55000', 'b:down:50000', 'b:up:150000']);
    expect(btc.none).toEqual(['c']);
    expect(btc.today).toBe(100000);
    // Lowest mark 50,000 (b down), highest 150,000 (b up), today inside: span 100,000, padded by 8 % = 8,000 each side.
    expect(btc.min).toBeCloseTo(42000, 6);
    expect(btc.max).toBeCloseTo(158000, 6);
  });

  it('starts the axis at 0 when a liquidation price is below half of today’s', () => {
    const [axis] = liquidationAxes({ book: '', rules: [rule('a', { ETH: { down: '1000', up: null } })] }, { ETH: '3000' });
    expect(axis?.min).toBe(0);
  });

  it('skips prices that are not positive numbers instead of drawing NaN', () => {
    const axes = liquidationAxes({ book: '', rules: [rule('a', { ETH: { down: 'abc', up: '0' } })] }, { ETH: '3000' });
    expect(axes).toEqual([]);
  });

  it('keeps every mark and today inside the axis, at a position between 0 and 1', () => {
    const price = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
    fc.assert(fc.property(fc.array(fc.tuple(price, fc.option(price)), { minLength: 1, maxLength: 6 }), price, (pairs, today) => {
      const rules = pairs.map(([down, up], i) => rule(`r${i}`, { X: { down: String(down), up: up === null ? null : String(up) } }));
      const [axis] = liquidationAxes({ book: '', rules }, { X: String(today) });
      if (!axis) return false;
      return [today, ...axis.marks.map((m) => m.price)].every((p) => p >= axis.min && p <= axis.max && axisPosition(axis, p) >= 0 && axisPosition(axis, p) <= 1);
    }));
  });

  it('gives the move from today: 75,000 from 100,000 is −25 %', () => {
    expect(moveFromToday(100000, 75000)).toBeCloseTo(-0.25, 12);
    expect(moveFromToday(null, 75000)).toBeNull();
  });
});
