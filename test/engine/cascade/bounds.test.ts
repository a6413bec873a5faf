import { describe, expect, it } from 'vitest';
import { parseCascadeScenario } from '../../../src/engine/cascade/index';
import { cascadeResultJson, positional } from '../../../src/engine/cascade/serialise';
import { cohort, numbersIn, simulate, threeLongs } from './fixtures';

// Issue 15 for cascades: numbers the model cannot take are refused with their bound named, asset
// names that are Object.prototype keys are ordinary names, and the printed result has no NaN,
// Infinity or exponent notation.

const errorsOf = (input: unknown) => {
  const result = parseCascadeScenario(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('extreme parameters are refused with the bound named', () => {
  it('a linear book of 1e-300 per 1 %, a lognormal spread of 50, a price past a billion, a crowd past 2,000,000', () => {
    const base = threeLongs();
    expect(errorsOf({
      ...base,
      market: { BTC: { price: 2e9, impact: { model: 'linear-depth', depthPerPercent: 1e-300 } } },
      crowd: { count: 2_000_001, leverage: { distribution: 'lognormal', median: 5, spread: 50 }, notional: { distribution: 'pareto', min: 100, alpha: 1e-9 } },
    })).toEqual([
      'market.BTC.price: must be at most 1,000,000,000 (today\'s price in the quote currency)',
      'market.BTC.impact.depthPerPercent: must be at least 1 (notional that moves the price 1 %)',
      'crowd.count: must be at most 2000000 (traders generated)',
      'crowd.leverage.spread: must be at most 5 (standard deviation of the logarithm: 5 already spans a factor of e^25 at five sigmas)',
      'crowd.notional.alpha: must be at least 0.1 (tail index: smaller means a heavier tail)',
    ]);
  });

  it('money beyond 1e15 and a square-root volume under 1', () => {
    expect(errorsOf({
      ...threeLongs({ insuranceFund: 1e300 }),
      market: { BTC: { price: 100, impact: { model: 'square-root', dailyVolume: 1e-300, dailyVolatility: 0.03 } } },
      crowd: { count: 0, cohorts: [cohort([{ asset: 'BTC', side: 'long', notional: 1e300 }], 1e-300)] },
    })).toEqual([
      'market.BTC.impact.dailyVolume: must be at least 1 (notional traded a day, in the quote currency)',
      'crowd.cohorts[0].positions[0].notional: must be at most 1,000,000,000,000,000 (position size in the quote currency, at entry)',
      'crowd.cohorts[0].collateral: must be at least 0.000001 (quote currency put up)',
      'rules.insuranceFund: must be at most 1,000,000,000,000,000',
    ]);
  });

  it('a heavy Pareto tail at the edge of the bounds still draws finite notionals', () => {
    const result = simulate({
      ...threeLongs({ whenFundIsEmpty: 'socialised-loss' }, -0.3),
      crowd: { count: 300, notional: { distribution: 'pareto', min: 1e-6, alpha: 0.1 }, leverage: { distribution: 'lognormal', median: 50, spread: 5 } },
    });
    for (const [path, value] of numbersIn(result)) expect(Number.isFinite(value), path).toBe(true);
    // Every draw is clipped to the money bound: 300 traders hold at most 300 × 1e15.
    expect(result.crowd.longNotional + result.crowd.shortNotional).toBeLessThanOrEqual(300 * 1e15);
  });
});

describe('asset names that are Object.prototype keys', () => {
  it('"constructor", "toString" and "valueOf" are assets like any other: unshocked ones stay at today\'s price', () => {
    // Before: shock.moves.constructor read Object's constructor function, and its shocked price was NaN.
    const book = { price: 100, impact: { model: 'linear-depth' as const, depthPerPercent: 10000 } };
    const result = simulate({
      ...threeLongs({ maintenanceRate: { BTC: 0.05 } }),
      market: { BTC: book, constructor: book, toString: book, valueOf: book },
      crowd: { count: 200, assets: { BTC: 1, toString: 1 } },
    });
    expect(result.shockedPrices).toEqual({ BTC: 94.5, constructor: 100, toString: 100, valueOf: 100 });
    for (const [path, value] of numbersIn(result)) expect(Number.isFinite(value), path).toBe(true);
    // crowd.assets names BTC and toString only: nobody holds constructor or valueOf.
    const held = (asset: string) => {
      const map = result.liquidationMap[asset]!;
      return map.longBeyond + map.shortBeyond + [...map.longNotional, ...map.shortNotional].reduce((s, x) => s + x, 0);
    };
    expect(held('constructor')).toBe(0);
    expect(held('valueOf')).toBe(0);
    expect(held('toString')).toBeGreaterThan(0);
  });

  it('"__proto__" is refused by name wherever it is, never skipped and never a prototype change', () => {
    // JSON.parse keeps "__proto__" as an own field; a record parser would drop it without a word.
    const input = JSON.parse('{"market": {"__proto__": {"price": 1}, "BTC": {"price": 100, "impact": {"model": "linear-depth", "depthPerPercent": 10000}}}, "crowd": {"cohorts": [{"__proto__": 1}]}}') as Record<string, unknown>;
    expect(errorsOf({ ...threeLongs(), ...input })).toEqual([
      'market.__proto__: is a reserved name, not a field or an asset symbol',
      'crowd.cohorts[0].__proto__: is a reserved name, not a field or an asset symbol',
    ]);
  });

  it('a deeply nested value is refused, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(errorsOf({ ...threeLongs(), name: deep })).toEqual(['name: must be a string']);
  });
});

describe('the printed result', () => {
  it('writes numbers in positional notation: no exponent, no minus zero', () => {
    expect(positional(1.42e-14)).toBe('0.0000000000000142');
    expect(positional(-2.5e-7)).toBe('-0.00000025');
    expect(positional(1e21)).toBe('1000000000000000000000');
    expect(positional(1.2345e22)).toBe('12345000000000000000000');
    expect(positional(-0)).toBe('0');
    expect(positional(94.5)).toBe('94.5');
    expect(Number(positional(5e-324))).toBe(5e-324);
  });

  it('keeps the JSON the same values, strings untouched', () => {
    const result = simulate({ ...threeLongs(), name: 'has 1e-7 and "quotes" in its name' });
    const printed = cascadeResultJson(result);
    expect(JSON.parse(printed)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(printed).toContain('"name": "has 1e-7 and \\"quotes\\" in its name"');
  });
});

describe('the printed result, laid out as JSON.stringify lays it out', () => {
  it('matches JSON.stringify character for character wherever no number needs an exponent', () => {
    const result = simulate(threeLongs());
    expect(cascadeResultJson(result)).toBe(JSON.stringify(result, null, 2));
    expect(cascadeResultJson(result, true)).toBe(JSON.stringify(result));
    // Empty arrays and objects, null, nested arrays, and fields left undefined (skipped, as JSON.stringify does).
    const odd = { ...result, warnings: [], liquidationMap: {}, criticalShock: null, criticalShockReason: undefined, extra: [[1, [true, 'a']], []] };
    expect(cascadeResultJson(odd as never)).toBe(JSON.stringify(odd, null, 2));
    expect(cascadeResultJson(odd as never, true)).toBe(JSON.stringify(odd));
    // Where JSON.stringify would write an exponent, the digits are written out in the same place.
    expect(cascadeResultJson({ ...result, seed: 1e-7 })).toBe(JSON.stringify(result, null, 2).replace(/"seed": \d+/, '"seed": 0.0000001'));
  });
});
