import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { black76, yearsBetween } from '../../../src/engine/pricing/black76';
import { RULE_SETS, scenarioGrid } from '../../../src/engine/rules';
import { basisTrade, book } from '../fixtures/books';

const hedged = (portfolioMargin: Record<string, unknown> = {}) =>
  book({
    rules: 'portfolio',
    correlations: { 'BTC/ETH': 0.8 },
    balances: { USDC: '20000' },
    positions: [
      { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' },
      { id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '-20', entryPrice: '3000' },
    ],
    portfolioMargin,
  });

describe('portfolio margin scenario grid', () => {
  it('has CME SPAN\'s 16 scenarios: 0, ±⅓, ±⅔, ±1 with volatility up and down, and ±2× at 35 %', () => {
    const grid = scenarioGrid(RULE_SETS.portfolio.portfolioMargin);
    expect(grid).toHaveLength(16);
    expect(grid.filter((s) => s.extreme).map((s) => [s.rangeMultiple, s.weight])).toEqual([[2, 0.35], [-2, 0.35]]);
    expect(new Set(grid.filter((s) => !s.extreme).map((s) => s.rangeMultiple.toFixed(4)))).toEqual(new Set(['0.0000', '0.3333', '-0.3333', '0.6667', '-0.6667', '1.0000', '-1.0000']));
  });

  it('has Deribit\'s ±range in eighths × volatility up / same / down plus the extended moves', () => {
    expect(scenarioGrid({ ...RULE_SETS.portfolio.portfolioMargin, grid: 'deribit' })).toHaveLength(17 * 3 + 2);
  });
});

describe('portfolio margin requirement', () => {
  it('charges a naked long its worst loss on the grid', () => {
    const r = evaluate(book({ rules: 'portfolio', balances: { USDC: '20000' }, positions: [{ id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' }] }));
    const btc = r.portfolioMargin!.assets.find((a) => a.asset === 'BTC')!;
    // Range 15 %: −1 × range loses 60,000 × 0.15 = 9,000; the −2× extreme loses 18,000 × 35 % = 6,300 → 9,000.
    expect(btc.requirement).toBe('9000');
    expect(btc.worstScenario.move).toBe(-0.15);
    // USDC: 20,000 × 3 % depeg = 600. Initial 9,600; maintenance half of it (Paradex).
    expect(r.account.initialMargin).toBe('9600');
    expect(r.account.maintenanceMargin).toBe('4800');
    // Equity 20,000 at full value → health 20,000 / 4,800.
    expect(Number(r.account.healthFactor)).toBeCloseTo(20000 / 4800, 12);
  });

  it('charges the basis trade only for its stablecoins: spot and perpetual cancel in every scenario', () => {
    const p = basisTrade();
    const r = evaluate({ ...p, rules: 'portfolio' });
    expect(r.portfolioMargin!.assets.find((a) => a.asset === 'BTC')!.requirement).toBe('0');
    // 10,000 USDC × 3 % = 300.
    expect(r.account.initialMargin).toBe('300');
  });

  it('credits no offset unless the user enables it', () => {
    // Two worst losses of 9,000 each (BTC falls, ETH rises 15 % against the short of 60,000 notional).
    expect(evaluate(hedged()).portfolioMargin!.offset).toBe('0');
  });

  it('bounds the offset by the correlation and caps it', () => {
    // Worst losses: BTC 9,000 (falls), ETH 9,000 (rises, against the short), USDC 600 (3 % depeg of 20,000),
    // correlation BTC/ETH 0.8, 0 with the stablecoin. Signed by direction (+, −, +):
    // combined = √(9,000² + 9,000² + 600² − 2 × 0.8 × 9,000 × 9,000) = √32,760,000 = 5,723.63…
    // credit = 18,600 − 5,723.63 = 12,876.4, capped at 50 % of 18,600 = 9,300.
    const capped = evaluate(hedged({ interAssetOffset: true })).portfolioMargin!;
    expect(capped.offset).toBe('9300');
    expect(capped.initialMargin).toBe('9300');
    const uncapped = evaluate(hedged({ interAssetOffset: true, maxOffset: 1 })).portfolioMargin!;
    // Risk-array figures come from the Float64 kernel with 12 significant digits (kernel/format.ts).
    expect(Number(uncapped.offset)).toBeCloseTo(18600 - Math.sqrt(32760000), 6);
    expect(Number(uncapped.initialMargin)).toBeCloseTo(Math.sqrt(32760000), 6);
  });

  it('earns no offset for two longs that fall together', () => {
    const p = book({
      rules: 'portfolio', correlations: { 'BTC/ETH': 1 }, portfolioMargin: { interAssetOffset: true, maxOffset: 1 },
      positions: [
        { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' },
        { id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '20', entryPrice: '3000' },
      ],
    });
    // ρ = 1, same direction: √((9,000 + 9,000)²) = 18,000 = the sum → no credit (to rounding of √).
    expect(Number(evaluate(p).portfolioMargin!.offset)).toBeCloseTo(0, 9);
  });

  it('reprices options at the moved price and shocked volatility, and charges a short option minimum', () => {
    const p = book({
      rules: 'portfolio',
      balances: { USDC: '0' },
      positions: [{ id: 'short-put', type: 'option', asset: 'BTC', right: 'put', strike: '55000', expiry: '2026-12-24T00:00:00Z', quantity: '-1', premium: '800', volatility: 0.6 }],
    });
    const btc = evaluate(p).portfolioMargin!.assets.find((a) => a.asset === 'BTC')!;
    const years = yearsBetween('2026-11-24T00:00:00Z', '2026-12-24T00:00:00Z');
    const put = (forward: number, volatility: number) => black76({ forward, strike: 55000, years, volatility, rate: 0, right: 'put' }).price;
    // Scenario −1 × range with volatility up: loss = put(51,000, 0.6 × 1.25) − put(60,000, 0.6).
    const scenario = btc.scenarios.find((s) => s.move === -0.15 && s.volatility === 1)!;
    expect(Number(scenario.loss)).toBeCloseTo(put(51000, 0.75) - put(60000, 0.6), 6);
    // Short option minimum: 1 × 60,000 × 1 % = 600.
    expect(btc.shortOptionCharge).toBe('600');
  });

  it('adds the portfolio column to the efficiency comparison', () => {
    const e = evaluate(basisTrade()).efficiency!;
    // IM 300 against 57,000… of BTC value + PnL: no cash needed beyond the book.
    expect(e.portfolio?.requiredCapital).toBe('0');
    // Hedged (long spot, short perpetual): every scenario of the risk array nets to about nothing at
    // any price level, so no joint move liquidates the pool — where cross margin, a fraction of the
    // growing notional, gives out at some large rise.
    expect(e.portfolio?.survivableMove).toBeNull();
    expect(e.portfolio?.survivableMoveReason).toMatch(/^no joint move between .* liquidates the pool$/);
  });
});
