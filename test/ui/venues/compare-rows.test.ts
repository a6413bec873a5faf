import { describe, expect, it } from 'vitest';
import { compareRows, liquidatingAssets, liquidationTextTable } from '../../../src/ui/venues/compare-rows';
import type { Comparison } from '../../../src/state/venue-compare';

const comparison: Comparison = {
  book: 'hand-made',
  rules: [
    {
      name: 'binance-usdm', title: 'Binance', overridesApplied: true,
      initialMargin: '4862.5', maintenanceMargin: '1194.9735', ratio: '0.044754', zone: 'healthy', cashNeeded: '0',
      liquidationPrices: { BTC: { down: '45592.124', up: null }, USDC: { down: null, up: null } },
      jointMove: { down: -0.53119, up: null },
    },
    {
      name: 'lending', title: 'Lending', overridesApplied: false,
      initialMargin: '0', maintenanceMargin: '0', ratio: null, zone: 'none', cashNeeded: '1234.5',
      liquidationPrices: { BTC: { down: null, up: null }, USDC: { down: null, up: null } },
      jointMove: { down: null, up: null },
    },
  ],
};

describe('the comparison as rows a trader reads', () => {
  it('formats money, the ratio as a percent, prices and the joint move, keeping the exact figure for the tooltip', () => {
    const [binance, lending] = compareRows(comparison, 'USDC');
    expect(binance?.initialMargin).toEqual({ text: '4,862.50', exact: '4,862.5 USDC' });
    // Ratio 0.044754 = 4.4754 %, shown with at most 2 decimals.
    expect(binance?.ratio.text).toBe('4.48%');
    expect(binance?.liquidation.BTC?.down).toEqual({ text: '45,592.12', exact: '45,592.124' });
    expect(binance?.liquidation.BTC?.up.text).toBe('none');
    // −0.53119 → −53.119 %, shown as −53.12 % with the true minus.
    expect(binance?.jointMove.down.text).toBe('\u221253.12%');
    expect(binance?.zoneLabel).toBe('healthy');
    expect(lending?.ratio.text).toBe('—');
    expect(lending?.zoneLabel).toBe('no requirement');
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

  it('lists every rule set and asset in the screen-reader table', () => {
    const table = liquidationTextTable(comparison);
    expect(table.rows).toEqual([['binance-usdm', 'BTC', '45,592.12', 'none'], ['lending', 'BTC', 'none', 'none']]);
  });
});
