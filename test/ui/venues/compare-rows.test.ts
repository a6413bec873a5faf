import { describe, expect, it } from 'vitest';
import { compareRows, liquidatingAssets, liquidationTextTable } from '../../../src/ui/venues/compare-rows';
import type { Comparison } from '../../../src/state/venue-compare';

const comparison: Comparison = {
  book: 'hand-made',
  rules: [
    {
      name: 'binance-usdm', title: 'Binance', overridesApplied: true,
      initialMargin: '4862.5', maintenanceMargin: '1194.9735', measure: 'margin ratio', ratio: '0.044754', liquidated: false, zone: 'caution', cashNeeded: '0',
      liquidationPrices: { BTC: { down: '45592.124', up: null }, USDC: { down: null, up: null } },
      jointMove: { down: -0.53119, up: null },
    },
    {
      name: 'lending', title: 'Lending', overridesApplied: false,
      initialMargin: '0', maintenanceMargin: '0', measure: 'health factor', ratio: null, ratioReason: 'no debt: nothing can be liquidated', liquidated: false, zone: 'safe', cashNeeded: '1234.5',
      liquidationPrices: { BTC: { down: null, up: null }, USDC: { down: null, up: null } },
      jointMove: { down: null, up: null },
    },
  ],
};

describe('the comparison as rows a trader reads', () => {
  it('formats money, the ratio as its venue names it, prices and the joint move, keeping the exact figure for the tooltip', () => {
    const [binance, lending] = compareRows(comparison, 'USDC');
    expect(binance?.initialMargin).toEqual({ text: '4,862.50', exact: '4,862.5 USDC' });
    // Margin ratio 0.044754 = 4.4754 %, shown with 2 decimals as Binance shows it.
    expect(binance?.measure).toBe('Margin ratio');
    expect(binance?.ratio).toEqual({ text: '4.48%', exact: '0.044754: margin ratio, maintenance ÷ adjusted equity: liquidation at 100%' });
    expect(binance?.liquidation.BTC?.down).toEqual({ text: '45,592.12', exact: '45,592.124' });
    expect(binance?.liquidation.BTC?.up.text).toBe('none');
    // −0.53119 → −53.119 %, shown as −53.12 % with the true minus.
    expect(binance?.jointMove.down.text).toBe('\u221253.12%');
    // The venue's own zone (by distance in daily σ), not bands of a 4.48 % ratio that would read "healthy".
    expect(binance?.zoneLabel).toBe('caution');
    expect(lending?.measure).toBe('Health factor');
    expect(lending?.ratio).toEqual({ text: '—', exact: 'no debt: nothing can be liquidated' });
    expect(lending?.zoneLabel).toBe('safe');
    expect(lending?.cashNeeded.text).toBe('1,234.50');
  });

  it('gives a column only to assets some rule set liquidates', () => {
    expect(liquidatingAssets(comparison)).toEqual(['BTC']);
    expect(Object.keys(compareRows(comparison, 'USDC')[0]!.liquidation)).toEqual(['BTC']);
  });

  it('reads assets named like object keys as ordinary assets', () => {
    const odd: Comparison = { book: '', rules: [{ ...comparison.rules[0]!, liquidationPrices: { constructor: { down: '1', up: null } } }] };
    expect(compareRows(odd, 'USD')[0]?.liquidation['constructor' as string]?.down.text).toBe('1');
  });

  it('shows a health factor as a number with 2 decimals', () => {
    const lending: Comparison = { book: '', rules: [{ ...comparison.rules[1]!, ratio: '1.66', zone: 'caution' }] };
    // 30,000 × 0.83 ÷ 15,000 = 1.66: a health factor, never a percent.
    expect(compareRows(lending, 'USDC')[0]?.ratio.text).toBe('1.66');
    expect(compareRows(lending, 'USDC')[0]?.ratio.exact).toContain('health factor');
  });

  it('never calls a row healthy', () => {
    for (const zone of ['safe', 'caution', 'danger', 'liquidated', 'none'] as const) {
      const rows = compareRows({ book: '', rules: [{ ...comparison.rules[0]!, zone }] }, 'USDC');
      expect(rows[0]?.zoneLabel).not.toBe('healthy');
    }
  });

  it('lists every rule set and asset in the screen-reader table', () => {
    const table = liquidationTextTable(comparison);
    expect(table.rows).toEqual([['binance-usdm', 'BTC', '45,592.12', 'none'], ['lending', 'BTC', 'none', 'none']]);
  });
});
