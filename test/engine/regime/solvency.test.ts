import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateJson, parsePortfolio, type Portfolio } from '../../../src/engine/index';
import { book } from '../fixtures/books';

// Issue 13: dynamic margin. A regime (volatility × a multiplier, correlations lifted to a floor)
// with prices held, and the joint move that would do the same damage.

const CHEAP = { curveRange: { from: -0.5, to: 0.5, steps: 2 } } as const;

function example(file: string, rules?: Portfolio['rules']): Portfolio {
  const json = JSON.parse(readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const parsed = parsePortfolio(rules ? { ...json, rules } : json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const surplus = (p: Portfolio, options = {}) => {
  const a = evaluate(p, { ...CHEAP, ...options }).account;
  return new Decimal(a.adjustedEquity).minus(a.pool.maintenanceMargin);
};

describe('dynamic margin', () => {
  it('asks more margin of a hedged options book under portfolio rules when volatility doubles, prices unchanged', () => {
    const p = example('hedged-options-book.json', 'portfolio');
    const delta = evaluate(p, { ...CHEAP, regime: { volatilityMultiplier: 2 } }).account.solvencyDelta!;
    // Twice the volatility widens every scan range twice (range = k × σ × √h) and reprices the options:
    // the worst loss of each risk array grows, so the requirement rises.
    expect(new Decimal(delta.requirement).greaterThan(0)).toBe(true);
    expect(new Decimal(delta.after.requirement).greaterThan(delta.before.requirement)).toBe(true);
    expect(delta.ratio).toBeLessThan(0);
    // The regime's figures are the account's own under it.
    expect(evaluate(p, { ...CHEAP, regime: { volatilityMultiplier: 2 } }).account.pool.maintenanceMargin).toBe(delta.after.requirement);
  });

  it('leaves a linear book under a rule set with no volatility trigger as it was', () => {
    // binance-usdm declares no volatility trigger (generic-cex does: volatility-trigger.test.ts).
    const p = book({
      rules: 'binance-usdm',
      balances: { USDC: '20000', BTC: '1' },
      positions: [{ id: 'short', type: 'perpetual', asset: 'BTC', quantity: '-2', entryPrice: '61000' }],
    });
    const delta = evaluate(p, { ...CHEAP, regime: { volatilityMultiplier: 2, correlationFloor: 0.95 } }).account.solvencyDelta!;
    expect(delta.requirement).toBe('0');
    expect(delta.equity).toBe('0');
    expect(delta.ratio).toBe(0);
    expect(delta.equivalentJointMove).toBeNull();
  });

  it('finds the joint move that does the same damage: re-evaluated there, the surplus changes by the regime\'s own change (1e-9)', () => {
    const p = example('hedged-options-book.json', 'portfolio');
    const delta = evaluate(p, { ...CHEAP, regime: { volatilityMultiplier: 2 } }).account.solvencyDelta!;
    const damage = new Decimal(delta.after.equity).minus(delta.after.requirement).minus(new Decimal(delta.before.equity).minus(delta.before.requirement));
    expect(delta.equivalentJointMove).not.toBeNull();
    const moved = surplus(p, { jointMove: delta.equivalentJointMove! }).minus(surplus(p));
    expect(moved.minus(damage).abs().div(damage.abs()).toNumber()).toBeLessThan(1e-9);
  });

  it('moves the offset between assets with the correlation floor: a hedge earns more credit, two longs less', () => {
    const p = book({
      // No cash: a stablecoin balance has a risk array of its own (its depeg range) and would join the sum.
      rules: 'portfolio', portfolioMargin: { interAssetOffset: true, maxOffset: 1 }, correlations: { 'BTC/ETH': 0.5 },
      positions: [
        { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' },
        { id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '-20', entryPrice: '3000' },
      ],
    });
    const plain = evaluate(p, CHEAP).portfolioMargin!;
    const lifted = evaluate(p, { ...CHEAP, regime: { correlationFloor: 0.9 } }).portfolioMargin!;
    // A long BTC against a short ETH hurt in opposite directions: their combined risk
    // √(L₁² + L₂² − 2ρ L₁ L₂) falls as ρ rises, so lifting ρ to the floor raises the credit. (For two
    // longs it would shrink it: the floor is what a crisis does to a diversified book.) Each scan
    // range is 15 % of a 60,000 notional: L = 9,000 each.
    // ρ = 0.5: √(81e6 + 81e6 − 81e6) = 9,000 → offset 18,000 − 9,000 = 9,000.
    // ρ = 0.9: √(162e6 − 145.8e6) = 4,024.92 → offset 13,975.08.
    expect(Number(plain.offset)).toBeCloseTo(9000, 4);
    expect(Number(lifted.offset)).toBeCloseTo(18000 - Math.sqrt(162e6 - 145.8e6), 4);
    // Two longs: √(L₁² + L₂² + 2ρ L₁ L₂). ρ = 0.5: √243e6 = 15,588.46 → offset 2,411.54;
    // ρ = 0.9: √307.8e6 = 17,544.23 → offset 455.77.
    const longs = { ...p, positions: p.positions.map((x) => ({ ...x, quantity: x.quantity.abs() })) };
    expect(Number(evaluate(longs, CHEAP).portfolioMargin!.offset)).toBeCloseTo(18000 - Math.sqrt(243e6), 4);
    expect(Number(evaluate(longs, { ...CHEAP, regime: { correlationFloor: 0.9 } }).portfolioMargin!.offset)).toBeCloseTo(18000 - Math.sqrt(307.8e6), 4);
  });

  it('takes the regime from the file as well, and names a bad one by its field', () => {
    const input = JSON.parse(readFileSync(new URL('../../../public/examples/hedged-options-book.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const fromFile = evaluateJson({ ...input, rules: 'portfolio', regime: { volatilityMultiplier: 2 } }, CHEAP);
    expect(fromFile.ok && fromFile.report.account.solvencyDelta?.regime).toEqual({ volatilityMultiplier: 2 });
    const bad = evaluateJson({ ...input, regime: { volatilityMultiplier: 0 } });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['regime.volatilityMultiplier']);
    const badOption = evaluateJson(input, { regime: { correlationFloor: 2 } });
    expect(badOption.ok ? [] : badOption.errors.map((e) => e.path)).toEqual(['options.regime.correlationFloor']);
  });
});
