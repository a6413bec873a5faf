import { STRESS_SCENARIOS } from '../../../src/engine/risk/scenarios';
import { describe, expect, it } from 'vitest';
import { computeRisk } from '../../../src/engine/index';
import { black76, black76Price } from '../../../src/engine/pricing/black76';
import fc from 'fast-check';
import { thinLong, basisTrade, book } from '../fixtures/books';

const stress = (p: Parameters<typeof computeRisk>[0], custom?: Parameters<typeof computeRisk>[1]['customScenario']) => {
  const r = computeRisk(p, { scenarios: 1000, ...(custom ? { customScenario: custom } : {}) });
  if (!r.ok) throw new Error('risk failed');
  return r.value.stress;
};

describe('stress scenarios', () => {
  it('replays March 2020 on a thin long: the loss, and the account liquidated', () => {
    const covid = stress(thinLong()).find((s) => s.id === 'covid-2020')!;
    // BTC $7,300 → $3,900: 1 BTC at 60,000 loses 60,000 × 3,400 / 7,300 = 27,945.2054…; equity 1,000 → −26,945.2…
    expect(Number(covid.loss)).toBeCloseTo((60000 * 3400) / 7300, 6);
    expect(Number(covid.equityAfter)).toBeCloseTo(1000 - (60000 * 3400) / 7300, 6);
    expect(covid.poolLiquidated).toBe(true);
    expect(covid.liquidatedPositions).toEqual(['long']);
    expect(covid.date).toBe('2020-03-12');
    expect(covid.source).toMatch(/7,300/);
  });

  it('leaves the delta-neutral basis trade almost untouched by a crash', () => {
    const may = stress(basisTrade()).find((s) => s.id === 'may-2021')!;
    // Spot and perpetual cancel: equity changes by nothing.
    expect(may.loss).toBe('0');
    expect(may.poolLiquidated).toBe(false);
  });

  it('runs a custom scenario the user builds', () => {
    const custom = stress(thinLong(), { name: 'BTC −1 %', moves: { BTC: -0.01 } }).find((s) => s.id === 'custom')!;
    // −1 %: loss 600; equity 400 against maintenance 59,400 × 0.005 − 50 = 247 → 1.6194…
    expect(custom.loss).toBe('600');
    expect(Number(custom.healthFactorAfter)).toBeCloseTo(400 / 247, 12);
  });

  it('refuses a custom move on an asset the book does not hold, even one named like an Object method', () => {
    for (const asset of ['DOGE', 'constructor', 'toString', '__proto__']) {
      // JSON.parse makes "__proto__" an own key, as a file or the worker's structured clone would.
      const moves = JSON.parse(`{"${asset}": -0.1}`) as Record<string, number>;
      const r = computeRisk(thinLong(), { scenarios: 1000, customScenario: { name: 'x', moves } });
      expect(r, asset).toEqual({ ok: false, errors: [{ path: `risk.customScenario.moves.${asset}`, message: `unknown asset "${asset}"` }] });
    }
  });

  it('moves a held asset named like an Object method as any other asset, never by Object.prototype', () => {
    // Longs of 10 "constructor" at 100 and 10 "toString" at 50 on 10,000 USDC. COVID moves every
    // non-stable asset not listed by −50 %: the loss is 10 × 100 × 0.5 + 10 × 50 × 0.5 = 750, equity
    // 10,000 − 750 = 9,250. (Before the fix, s.moves["constructor"] read Object itself and the run threw.)
    const held = book({
      assets: { constructor: { price: '100', volatility: 0.5 }, toString: { price: '50', volatility: 0.5 }, USDC: { price: '1', volatility: 0 } },
      balances: { USDC: '10000' },
      positions: [
        { id: 'a', type: 'perpetual', asset: 'constructor', quantity: '10', entryPrice: '100' },
        { id: 'b', type: 'perpetual', asset: 'toString', quantity: '10', entryPrice: '50' },
      ],
    });
    const covid = stress(held).find((s) => s.id === 'covid-2020')!;
    expect(covid.moves).toEqual({ constructor: -0.5, toString: -0.5, USDC: 0 });
    expect(covid.loss).toBe('750');
    expect(covid.equityAfter).toBe('9250');
  });

  it('names every scenario with its date and source', () => {
    const all = stress(thinLong());
    expect(all.map((s) => s.id)).toEqual(expect.arrayContaining(['covid-2020', 'may-2021', 'ftx-2022', 'aug-2024', 'oct-2025', 'correlation-one-down', 'volatility-doubles', 'stablecoin-depeg', 'staked-depeg']));
    for (const s of all) expect(s.source.length).toBeGreaterThan(10);
  });

  it('cites public sources with their dates for every historical event, never a file of this repository', () => {
    const historical = STRESS_SCENARIOS.filter((s) => s.date !== '' && s.liquidations !== undefined);
    expect(historical.map((s) => s.id)).toEqual(['covid-2020', 'may-2021', 'luna-2022', 'ftx-2022', 'aug-2024', 'oct-2025']);
    for (const s of STRESS_SCENARIOS) expect(s.source).not.toMatch(/shared\/design|reference-notes|\.md\b/);
    // Each names a publisher and a date of publication in its event's year (or the year after).
    const year = (s: (typeof historical)[number]) => Number(s.date.slice(0, 4));
    for (const s of historical) {
      expect(s.source).toMatch(/CoinGlass|Bybt|Maker Foundation|CoinChapter|CoinDesk|CNBC|Messari|Glassnode|ForkLog/);
      // The event's volatility regime carries its own source, or says it is assumed.
      expect(s.regime?.source, s.id).toMatch(/\b(19|20)\d\d\b|assumed/);
      expect(s.source).toMatch(new RegExp(`\\b(${year(s)}|${year(s) + 1})\\b`));
    }
  });
});

describe('stress events carry their market regime', () => {
  /** Short 2 BTC perpetual at 61,000 (mark 60,000) against 20,000 USDC. */
  const shortPerp = (rules: 'generic-cex' | 'binance-usdm') => book({
    rules, balances: { USDC: '20000' }, positions: [{ id: 'short', type: 'perpetual', asset: 'BTC', quantity: '-2', entryPrice: '61000' }],
  });

  it('FTX on a short perpetual: BTC −20 % with volatility × 2, which fires generic-cex\'s × 1.5 rate trigger', () => {
    const ftx = stress(shortPerp('generic-cex')).find((s) => s.id === 'ftx-2022')!;
    expect(ftx.regime).toMatchObject({ volatilityMultiplier: 2 });
    expect(ftx.regime!.source).toMatch(/Kaiko/);
    // BTC 60,000 × 0.8 = 48,000. Equity: 20,000 + 2 × (61,000 − 48,000) = 46,000 (before: 22,000).
    expect([ftx.equityBefore, ftx.equityAfter, ftx.loss]).toEqual(['22000', '46000', '-24000']);
    // Notional 96,000, BTC's second bracket (0.5 %, amount 50): 96,000 × 0.005 − 50 = 430 without the
    // regime; rates × 1.5: 96,000 × 0.0075 − 75 = 645. The regime's part: 215.
    expect([ftx.requirementAfter, ftx.regimeRequirement]).toEqual(['645', '215']);
    // Health 46,000 ÷ 645.
    expect(Number(ftx.healthFactorAfter)).toBeCloseTo(46000 / 645, 12);
  });

  it('the same event under a rule set with no trigger: the regime adds nothing to a linear book', () => {
    const ftx = stress(shortPerp('binance-usdm')).find((s) => s.id === 'ftx-2022')!;
    expect(ftx.regimeRequirement).toBe('0');
  });

  it('a hypothetical without a regime reports none, and a custom scenario keeps its own volatility factor', () => {
    const all = stress(shortPerp('generic-cex'), { name: 'mine', moves: { BTC: -0.1 }, volatilityFactor: 3 });
    expect(all.find((s) => s.id === 'correlation-one-down')!.regime).toBeNull();
    const custom = all.find((s) => s.id === 'custom')!;
    expect([custom.regime, custom.volatilityFactor, custom.regimeRequirement]).toEqual([null, 3, '0']);
  });
});

describe('the sweep\'s option price', () => {
  it('agrees with the full Black-76 everywhere', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -0.1, max: 3, noNaN: true }),
      fc.double({ min: 0, max: 3, noNaN: true }), fc.boolean(),
      (forward, strike, years, volatility, isCall) => {
        const full = black76({ forward, strike, years, volatility, rate: 0.02, right: isCall ? 'call' : 'put' }).price;
        expect(black76Price(forward, strike, years, volatility, 0.02, isCall)).toBe(full);
      },
    ), { numRuns: 500 });
  });
});
