import { describe, expect, it } from 'vitest';
import { evaluate, RULE_SET_NAMES } from '../../../src/engine/index';
import { Dec } from '../../../src/engine/money';
import { maintenanceForNotional, RULE_SETS } from '../../../src/engine/rules';
import { book } from '../fixtures/books';

// The venue rule sets of issue 12, each checked against the venue's published rule with the
// arithmetic written out (not against the engine's own output).

const VENUES = ['binance-usdm', 'bybit-linear', 'hyperliquid', 'deribit', 'aave-v3'] as const;

describe('venue rule sets as data', () => {
  it('are named in the file format and each carries a source and a date', () => {
    for (const name of VENUES) {
      expect(RULE_SET_NAMES).toContain(name);
      const rules = RULE_SETS[name];
      expect(rules.name).toBe(name);
      expect(rules.source.length).toBeGreaterThan(40);
      expect(rules.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('hyperliquid: maintenance is 1 ÷ (2 × max leverage) of each margin table, tiers continuous', () => {
    // BTC 40× → 1.25 %, ETH 25× → 2 %, an unlisted coin at the smallest table (3×) → 16.67 %.
    expect(RULE_SETS.hyperliquid.assets.BTC!.maintenance[0]!.rate).toBe(0.0125);
    expect(RULE_SETS.hyperliquid.assets.ETH!.maintenance[0]!.rate).toBe(0.02);
    expect(RULE_SETS.hyperliquid.defaultAsset.maintenance[0]!.rate).toBeCloseTo(1 / 6, 15);
    // Past 150M BTC is 20× → 2.5 %, less the deduction 150M × (2.5 % − 1.25 %) = 1.875M:
    // 200M × 0.025 − 1,875,000 = 3,125,000.
    expect(maintenanceForNotional(RULE_SETS.hyperliquid.assets.BTC!.maintenance, new Dec('200000000')).toString()).toBe('3125000');
  });

  it('hyperliquid: a cross liquidation price is the docs\' formula', () => {
    // 2 BTC long at 60,000 on 10,000 USDC. Maintenance 120,000 × 1.25 % = 1,500; margin available
    // 10,000 − 1,500 = 8,500; LP = 60,000 − 8,500 / 2 / (1 − 0.0125) = 55,696.2025316…
    const report = evaluate(book({
      rules: 'hyperliquid', quote: 'USDC', balances: { USDC: '10000' },
      positions: [{ id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '2', entryPrice: '60000' }],
    }));
    expect(report.account.maintenanceMargin).toBe('1500');
    expect(Number(report.account.liquidationPrices.BTC!.down)).toBeCloseTo(55696.2025316, 6);
  });

  it('binance-usdm: the BTCUSDT and ETHUSDT brackets with Binance\'s cum column, and its isolated formula', () => {
    // 3,500,032 of BTCUSDT is in the 1M–10M bracket: × 2.5 % − 16,300; 4,918,778 of ETHUSDT in 2M–5M: × 10 % − 135,365.
    expect(maintenanceForNotional(RULE_SETS['binance-usdm'].assets.BTC!.maintenance, new Dec('3500000')).toString()).toBe('71200');
    expect(maintenanceForNotional(RULE_SETS['binance-usdm'].assets.ETH!.maintenance, new Dec('4900000')).toString()).toBe('354635');
    // Isolated long 1 BTC at 20,000 with 400 of margin, first bracket 0.4 %:
    // LP = (WB + cum − |q|·EP) / (|q|·MMR − |q|) = (400 − 20,000) / (0.004 − 1) = 19,678.7148594…
    const report = evaluate(book({
      rules: 'binance-usdm', quote: 'USDT', assets: { BTC: { price: '20000', volatility: 0.5 }, USDT: { price: '1', volatility: 0 } },
      balances: { USDT: '400' },
      positions: [{ id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '20000', margin: { mode: 'isolated', collateral: '400' } }],
    }));
    expect(Number(report.account.positions[0]!.liquidationPrice)).toBeCloseTo(19678.7148594, 6);
  });

  it('bybit-linear: Bybit\'s published example, maintenance valued at entry → 19,700', () => {
    // Bybit help centre, "Liquidation Price (USDT Contract)": 1 BTC long at 20,000, 50× → IM 400,
    // MMR 0.5 % → MM 100; LP = 20,000 − (400 − 100) / 1 = 19,700.
    const report = evaluate(book({
      rules: 'bybit-linear', quote: 'USDT', assets: { BTC: { price: '20000', volatility: 0.5 }, USDT: { price: '1', volatility: 0 } },
      balances: { USDT: '400' },
      positions: [{ id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '20000', margin: { mode: 'isolated', collateral: '400' } }],
    }));
    expect(report.account.positions[0]!.liquidationPrice).toBe('19700');
  });

  it('deribit: a short option needs 7.5 % of the underlying for maintenance (on top of its value)', () => {
    // Short 1 BTC call at 70,000 with BTC at 60,000: maintenance 60,000 × 0.075 = 4,500.
    const report = evaluate(book({
      rules: 'deribit', balances: { USDC: '20000' },
      positions: [{ id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '70000', expiry: '2026-12-25T08:00:00Z', quantity: '-1', premium: '1200' }],
    }));
    expect(report.account.positions[0]!.maintenanceMargin).toBe('4500');
  });

  it('deribit: futures maintenance 1 % + 0.5 % per 100 BTC on the whole position, met at every 25-BTC step', () => {
    // 100 BTC at 60,000 = 6M. 350 BTC = 21M: 21M × (1 % + 0.5 % × 3.5) = 21M × 2.75 % = 577,500.
    const brackets = RULE_SETS.deribit.assets.BTC!.maintenance;
    expect(maintenanceForNotional(brackets, new Dec('21000000')).toNumber()).toBeCloseTo(577500, 6);
    // 25 BTC = 1.5M: 1.5M × 1.125 % = 16,875; 100 BTC = 6M: 6M × 1.5 % = 90,000.
    expect(maintenanceForNotional(brackets, new Dec('1500000')).toNumber()).toBeCloseTo(16875, 6);
    expect(maintenanceForNotional(brackets, new Dec('6000000')).toNumber()).toBeCloseTo(90000, 6);
    // Between steps the line stays within 1 % of the rule past the first 100 BTC: 160 BTC = 9.6M → 9.6M × 1.8 % = 172,800.
    expect(Math.abs(maintenanceForNotional(brackets, new Dec('9600000')).toNumber() / 172800 - 1)).toBeLessThan(0.01);
  });

  it('aave-v3: health factor Σ collateral × threshold ÷ debt, close factor 50 % then 100 % at HF ≤ 0.95', () => {
    // 10 WETH at 3,000 against 15,000 USDC of debt: 30,000 × 0.83 / 15,000 = 1.66.
    const report = evaluate(book({
      rules: 'aave-v3', assets: { WETH: { price: '3000', volatility: 0.7 }, USDC: { price: '1', volatility: 0 } },
      balances: { WETH: '10', USDC: '-15000' },
    }));
    expect(report.lending?.healthFactor).toBe('1.66');
    expect(report.lending?.closeFactor).toBe(0.5);
    // At 24,000 of debt: 24,900 / 24,000 = 1.0375 > 0.95, still 50 %; at 27,000: 0.9222… ≤ 0.95 → 100 %.
    const deep = evaluate(book({
      rules: 'aave-v3', assets: { WETH: { price: '3000', volatility: 0.7 }, USDC: { price: '1', volatility: 0 } },
      balances: { WETH: '10', USDC: '-27000' },
    }));
    expect(deep.lending?.closeFactor).toBe(1);
  });

  it('a file\'s overrides still apply on top of a venue rule set', () => {
    // Hyperliquid BTC at 10× instead of 40×: maintenance 5 % of 120,000 = 6,000.
    const report = evaluate(book({
      rules: 'hyperliquid', quote: 'USDC', balances: { USDC: '10000' },
      positions: [{ id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '2', entryPrice: '60000' }],
      overrides: { BTC: { maintenance: [{ upTo: null, rate: 0.05, amount: '0' }] } },
    }));
    expect(report.account.maintenanceMargin).toBe('6000');
  });
});
